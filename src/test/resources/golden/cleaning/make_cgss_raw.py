"""Writes cgss_raw.csv: a simulated CGSS2018-like extract with the survey's missing codes.

Run once with `python3 make_cgss_raw.py`; the CSV is committed. Codes follow the CGSS
questionnaire: -1 not applicable, -2 do not know, -3 refused, -8 cannot answer, and 98/99
(do not know / refused) on the trust and education items; income uses 9999997/9999998.
"""
import csv
import random

rng = random.Random(20181)
N = 600
rows = []
for i in range(1, N + 1):
    birth = rng.randint(1928, 2000)
    gender = rng.choice([1, 2])                      # a2: 1 male, 2 female
    hukou = rng.choice([1, 1, 1, 2, 2, -3])          # a18: 1 agricultural, 2 non-agricultural
    edu = rng.choice(list(range(1, 14)) + [14, 98])  # a7a: level 1..13, 14 other, 98 don't know
    trust = rng.choice([1, 2, 3, 3, 4, 4, 4, 5, -8, 98, 99])
    wechat = rng.choice([1, 1, 1, 2, 2, -8])         # 1 yes, 2 no
    u = rng.random()
    if u < 0.05:
        income = rng.choice([-1, -2, -3])
    elif u < 0.08:
        income = rng.choice([9999997, 9999998])
    elif u < 0.18:
        income = 0
    else:
        income = int(rng.lognormvariate(10, 1))
    v = rng.random()
    if v < 0.06:
        friends = rng.choice([-1, -2, -3])
    elif v < 0.09:
        friends = rng.randint(5001, 9000)           # above WeChat's limit: excluded
    else:
        friends = int(rng.paretovariate(1.2) * 20)
    marital = rng.choice([1, 2, 3, 3, 3, 4, 5, 6, 7, -3])
    rows.append([i, rng.randint(1, 28), birth, gender, hukou, edu, income, trust, wechat, friends, marital])

with open("cgss_raw.csv", "w", newline="") as f:
    w = csv.writer(f)
    w.writerow(["id", "province", "birthyear", "a2", "a18", "a7a", "income", "trust", "wechat", "friends", "marital"])
    w.writerows(rows)
