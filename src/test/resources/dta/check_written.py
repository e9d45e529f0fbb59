#!/usr/bin/python3
"""Independent check of a .dta file WRITTEN BY sdl: pandas (Debian python3-pandas 1.5) reads it and
prints values, value labels and variable labels. Used once during development:
    ./sdl src/test/resources/dta/roundtrip.sdl  (writes /tmp/sdl_roundtrip.dta)
    /usr/bin/python3 src/test/resources/dta/check_written.py /tmp/sdl_roundtrip.dta
Result recorded on 2026-11-25: see roundtrip_check.txt beside this script.
"""
import sys
import pandas as pd

path = sys.argv[1]
with pd.io.stata.StataReader(path) as r:
    df = r.read(convert_categoricals=False)
    print("format", r.format_version if hasattr(r, "format_version") else "?")
    print("data label:", r.data_label)
    print("variable labels:", r.variable_labels())
    print("value labels:", r.value_labels())
print(df.to_string())
