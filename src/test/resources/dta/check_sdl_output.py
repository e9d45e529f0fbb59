#!/usr/bin/python3
"""Independent check of a .dta file WRITTEN BY sdl, read with pandas (Debian python3-pandas).
JUnit cannot depend on pandas, so this is run by hand after the tests:
    mvn -q test -Dtest=DtaWriterTest        # writes target/sdl-written/sdl_roundtrip.dta
    /usr/bin/python3 src/test/resources/dta/check_sdl_output.py target/sdl-written/sdl_roundtrip.dta
The file is survey118.dta (made by pandas, see make_fixtures.py) read by sdl, modified (income
doubled, .b in row 2, a new labelled byte variable 'rich' with .a labelled, a note) and saved
by sdl's DtaWriter as format 118. The script exits non-zero on the first difference.

Result of the last run (2026-11-25, pandas 1.5.3 from Debian, sdl branch dataio):
    format 118, 4 rows x 6 variables, data label 'written by sdl'
    values, missing codes (.b, .a), strL, Chinese strings, variable and value labels: all as expected
    OK
"""
import sys
import pandas as pd
from pandas.io.stata import StataMissingValue

path = sys.argv[1] if len(sys.argv) > 1 else "target/sdl-written/sdl_roundtrip.dta"
with pd.io.stata.StataReader(path) as r:
    df = r.read(convert_categoricals=False, convert_missing=True)
    fmt = r.format_version
    label = r.data_label
    var_labels = r.variable_labels()
    value_labels = r.value_labels()


def check(what, got, want):
    if got != want:
        print(f"MISMATCH {what}: got {got!r}, want {want!r}")
        sys.exit(1)


check("format", fmt, 118)
check("shape", df.shape, (4, 6))
check("data label", label, "written by sdl")
check("names", list(df.columns), ["id", "trust", "income", "city", "note", "rich"])
check("id", [int(v) for v in df["id"]], [1, 2, 3, 4])
check("income", [v if isinstance(v, StataMissingValue) else float(v) for v in df["income"]][0::2], [2401.0, 6000.0])
check("income[1] is .b", str(df["income"][1]), ".b")
check("income[3]", float(df["income"][3]), 90.5)
check("city", list(df["city"]), ["北京", "上海", "", "广州"])
check("note (strL)", df["note"][0], "long text " * 300)
check("rich", [str(v) if isinstance(v, StataMissingValue) else int(v) for v in df["rich"]], [1, ".a", 1, 0])
check("trust", [int(v) for v in df["trust"]], [0, 1, 2, 1])
check("variable labels", {k: v for k, v in var_labels.items() if v},
      {"trust": "社会信任", "income": "年收入 (元)", "city": "城市", "rich": "高收入"})
check("trust labels", value_labels["trust"], {0: "不信任", 1: "一般", 2: "信任"})
# pandas 1.5 reports a labelled .a by its raw long code 2147483621 + 1
check("yesno labels", value_labels["yesno"], {0: "否", 1: "是", 2147483622: "不知道"})
print(f"format {fmt}, {df.shape[0]} rows x {df.shape[1]} variables, data label {label!r}")
print("values, missing codes (.b, .a), strL, Chinese strings, variable and value labels: all as expected")
print("OK")
