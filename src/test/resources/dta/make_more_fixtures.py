#!/usr/bin/python3
"""More independent .dta fixtures for sdl's reader tests (run once; outputs are committed):
    cd src/test/resources/dta && /usr/bin/python3 make_more_fixtures.py
Written by pandas (Debian python3-pandas 1.5.3), not by sdl:
  pandas114_be.dta   format 114, big-endian: byte/int/long/float/double/str, value labels,
                     variable labels, missing values
  pandas117_be.dta   format 117, big-endian, Latin-1 text (str# only: see below)
  pandas117.dta      format 117, little-endian, a strL column and Latin-1 text
  pandas119.dta      format 119, little-endian, with a strL column and Chinese text
Crafted byte by byte below (pandas writes neither notes nor extended missing values, nor 115):
  crafted115.dta     format 115, little-endian: .a/.z in byte, int, long, float and double,
                     a value label set shared by two variables with a label for .a, notes on
                     the dataset and on a variable, sort order, dataset label
"""
import struct
import numpy as np
import pandas as pd

base = pd.DataFrame({
    "b": np.array([1, -5, 100], dtype=np.int8),
    "i": np.array([1000, -32000, 7], dtype=np.int16),
    "l": np.array([100000, -7, 2147483000], dtype=np.int32),
    "f": np.array([1.5, np.nan, -0.25], dtype=np.float32),
    "d": [3.141592653589793, -1e300, np.nan],
    "s": ["abc", "", "xyz"],
    "grp": pd.Categorical.from_codes([0, 1, 0], categories=["low", "high"]),
})
base.to_stata("pandas114_be.dta", version=114, write_index=False, byteorder=">",
              variable_labels={"b": "a byte", "d": "a double"}, data_label="pandas 114 big-endian")

long_text = "strL 文本 " * 400
# pandas writes 117 in Latin-1 (as Stata 13 did), so that file has Latin-1 text only
df117 = pd.DataFrame({
    "id": np.array([1, 2, 3], dtype=np.int32),
    "memo": ["strL café " * 400, "Zürich", ""],
    "city": ["Genève", "Köln", "Oslo"],
})
# pandas 1.5 writes the strL table of a big-endian 117 file in little-endian order (and cannot
# read it back), so the big-endian fixture has str# only and the strL one is little-endian
df117.assign(memo=["café", "Zürich", ""]).to_stata("pandas117_be.dta", version=117, write_index=False, byteorder=">",
               variable_labels={"memo": "Bemerkung (ä)"}, data_label="pandas 117 MSF")
df117.to_stata("pandas117.dta", version=117, write_index=False, convert_strl=["memo"],
               variable_labels={"memo": "Bemerkung (ä)"}, data_label="pandas 117 LSF")
df117 = pd.DataFrame({
    "id": np.array([1, 2, 3], dtype=np.int32),
    "memo": [long_text, "短", ""],
    "city": ["北京", "上海", "广州"],
})
df117.to_stata("pandas119.dta", version=119, write_index=False, convert_strl=["memo"],
               variable_labels={"memo": "备注"}, data_label="pandas 119")


def fixed(s, n):
    b = s.encode("utf-8")
    assert len(b) < n
    return b + b"\0" * (n - len(b))


# ---- format 115, little-endian, by hand (layout: Stata's dta_115 description) ----
names = ["id", "q1", "q2", "w", "x", "lng"]
types = [252, 251, 251, 254, 255, 253]        # int, byte, byte, float, double, long
N = 3
out = bytearray()
out += bytes([115, 2, 1, 0]) + struct.pack("<HI", len(names), N)
out += fixed("crafted 115", 81) + fixed("01 Jan 2026 00:00", 18)
out += bytes(types)
out += b"".join(fixed(n, 33) for n in names)
out += struct.pack("<7H", 1, 0, 0, 0, 0, 0, 0)          # sorted by id
out += b"".join(fixed(f, 49) for f in ["%8.0g", "%8.0g", "%8.0g", "%9.0g", "%10.0g", "%12.0g"])
out += b"".join(fixed(l, 33) for l in ["", "agree", "agree", "", "", ""])
out += b"".join(fixed(l, 81) for l in ["", "Question 1", "Question 2", "weight", "", ""])


def ch(var, name, text):
    body = fixed(var, 33) + fixed(name, 33) + text.encode("utf-8") + b"\0"
    return bytes([1]) + struct.pack("<i", len(body)) + body


out += ch("_dta", "note1", "first dataset note")
out += ch("_dta", "note2", "second dataset note")
out += ch("_dta", "note0", "2")
out += ch("q1", "note1", "asked of adults only")
out += ch("q1", "note0", "1")
out += bytes([0]) + struct.pack("<i", 0)
FLOAT_A = struct.unpack("<f", struct.pack("<I", 0x7f000800))[0]
DBL_Z = struct.unpack("<d", struct.pack("<Q", 0x7fe0000000000000 + 26 * 0x0000010000000000))[0]
rows = [(1, 1, 2, 1.5, 0.5, 7),
        (2, 102, 127, FLOAT_A, DBL_Z, 2147483621 + 2),   # q1=.a q2=.z w=.a x=.z lng=.b
        (3, 101, 5, 2.0, -3.25, -2147483647)]            # q1=.
for r in rows:
    out += struct.pack("<hbbfdi", *r)
# value label "agree": 1 "disagree" 2 "agree" 5 "strongly agree" .a "refused"
texts = [b"disagree\0", b"agree\0", "完全同意\0".encode("utf-8"), b"refused\0"]
vals = [1, 2, 5, 2147483621 + 1]
offs, pos = [], 0
for t in texts:
    offs.append(pos)
    pos += len(t)
table = struct.pack("<ii", len(vals), pos) + struct.pack("<%di" % len(vals), *offs) \
    + struct.pack("<%di" % len(vals), *vals) + b"".join(texts)
out += struct.pack("<i", len(table)) + fixed("agree", 33) + b"\0\0\0" + table
open("crafted115.dta", "wb").write(bytes(out))
print("fixtures written")
