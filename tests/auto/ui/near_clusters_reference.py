#!/usr/bin/env python3
# SPDX-FileCopyrightText: 2026 WhiteMagic contributors
# SPDX-License-Identifier: MIT

"""Independent reference for the Near-duplicates view: every pair of files of
ROOT compared by brute force in Python (the normalisation and shingle Jaccard
of tests/auto/similarity/similar_reference.py, k = 3), byte-identical files
grouped by content, and the clusters as the connected components of the
pairs at or above THRESHOLD (union-find), as the engine defines them.

    near_clusters_reference.py ROOT THRESHOLD

Prints JSON: {"clusters": [[relpath, ...], ...] (each sorted),
"pairs": [[a, b, score_or_null_for_exact], ...]}.
"""
import json
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(__file__), "..", "similarity"))
from similar_reference import jaccard, read_tree  # noqa: E402


def main():
    root, threshold = sys.argv[1], float(sys.argv[2])
    content, sets = read_tree(root, False, 3)
    parent = {rel: rel for rel in content}

    def find(x):
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    pairs = []
    firsts = {}
    for rel in sorted(content):
        first = firsts.setdefault(content[rel], rel)
        if first != rel:
            pairs.append([first, rel, None])
            parent[find(rel)] = find(first)
    reps = sorted(r for r in firsts.values() if sets[r])
    for i, a in enumerate(reps):
        for b in reps[i + 1:]:
            s = jaccard(sets[a], sets[b])
            if s >= threshold:
                pairs.append([a, b, s])
                parent[find(b)] = find(a)
    groups = {}
    for rel in content:
        groups.setdefault(find(rel), []).append(rel)
    clusters = sorted(sorted(g) for g in groups.values() if len(g) > 1)
    print(json.dumps({"clusters": clusters, "pairs": pairs}))


if __name__ == "__main__":
    main()
