#!/usr/bin/python3
"""Makes the independent .dta fixtures for sdl's tests, with pandas (Debian python3-pandas 1.5),
not with sdl. Run once; the outputs are committed:
    /usr/bin/python3 make_fixtures.py
survey118.dta: format 118 written by pandas: value labels (shared label set), variable labels,
  a strL column, Chinese (UTF-8) labels and strings, missing values.
extmiss117.dta: format 117 crafted byte by byte below (pandas cannot write extended missing
  values): a byte, an int, a double with ., .a and .z, and a str3.
"""
import struct
import numpy as np
import pandas as pd

df = pd.DataFrame({
    "id": np.array([1, 2, 3, 4], dtype=np.int32),
    "trust": pd.Categorical.from_codes([0, 1, 2, 1], categories=["不信任", "一般", "信任"]),
    "income": [1200.5, np.nan, 3000.0, 45.25],
    "city": ["北京", "上海", "", "广州"],
    "note": ["long text " * 300, "short", "", "x"],
})
df.to_stata("survey118.dta", version=118, write_index=False, convert_strl=["note"],
            variable_labels={"trust": "社会信任", "income": "年收入 (元)", "city": "城市"},
            data_label="CGSS-like fixture")


def tag(s):
    return s.encode("ascii")


def fixed(s, n):
    b = s.encode("utf-8")
    return b + b"\0" * (n - len(b))


K, N = 4, 3
out = bytearray()
out += tag("<stata_dta><header><release>117</release><byteorder>LSF</byteorder><K>") + struct.pack("<H", K)
out += tag("</K><N>") + struct.pack("<I", N) + tag("</N><label>") + bytes([0]) + tag("</label><timestamp>")
ts = b"01 Jan 2026 00:00"
out += bytes([len(ts)]) + ts + tag("</timestamp></header><map>")
map_pos = len(out)
out += b"\0" * (14 * 8)
out += tag("</map><variable_types>") + struct.pack("<4H", 65530, 65529, 65526, 3)
out += tag("</variable_types><varnames>") + b"".join(fixed(n, 33) for n in ["b", "i", "d", "s"])
out += tag("</varnames><sortlist>") + b"\0" * (2 * (K + 1))
out += tag("</sortlist><formats>") + b"".join(fixed(f, 49) for f in ["%8.0g", "%8.0g", "%10.0g", "%3s"])
out += tag("</formats><value_label_names>") + b"\0" * (33 * K)
out += tag("</value_label_names><variable_labels>") + b"\0" * (81 * K)
out += tag("</variable_labels><characteristics></characteristics><data>")
DOT = struct.unpack("<d", struct.pack("<Q", 0x7fe0000000000000))[0]
DA = struct.unpack("<d", struct.pack("<Q", 0x7fe0010000000000))[0]
DZ = struct.unpack("<d", struct.pack("<Q", 0x7fe0000000000000 + 26 * 0x0000010000000000))[0]
rows = [(1, 100, 1.5, b"abc"), (101, 32741, DA, b"x\0\0"), (127, 32767, DZ, b"\0\0\0")]
for b, i, d, s in rows:
    out += struct.pack("<b", b - 256 if b > 127 else b) + struct.pack("<h", i - 65536 if i > 32767 else i)
    out += struct.pack("<d", d) + s
out += tag("</data><strls></strls><value_labels></value_labels></stata_dta>")
open("extmiss117.dta", "wb").write(bytes(out))
print("fixtures written")


# old115.dta: format 115 (Stata 12) crafted byte by byte: a byte with value labels and .a, a str5.
def fx(s, n):
    b = s.encode("latin-1")
    return b + b"\0" * (n - len(b))


out = bytearray([115, 2, 1, 0]) + struct.pack("<HI", 2, 3) + fx("old format", 81) + fx(" 1 Jan 2026 00:00", 18)
out += bytes([251, 5])
out += fx("grade", 33) + fx("name", 33)
out += b"\0" * (2 * 3)
out += fx("%8.0g", 49) + fx("%5s", 49)
out += fx("gradelbl", 33) + fx("", 33)
out += fx("School grade", 81) + fx("Name", 81)
out += bytes([0]) + struct.pack("<i", 0)
for g, nm in [(1, b"ann"), (2, b"bob"), (102, b"")]:
    out += struct.pack("<b", g) + nm + b"\0" * (5 - len(nm))
txt = b"low\0high\0"
table = struct.pack("<ii", 2, len(txt)) + struct.pack("<ii", 0, 4) + struct.pack("<ii", 1, 2) + txt
out += struct.pack("<i", len(table)) + fx("gradelbl", 33) + b"\0\0\0" + table
open("old115.dta", "wb").write(bytes(out))
print("old115 written")
