#!/usr/bin/env python3
# SPDX-FileCopyrightText: 2026 WhiteMagic contributors
# SPDX-License-Identifier: MIT

"""Independent reference for `wm similar DIR --json`: Python's json reads the
output, Python re-implements the normalisation (NFKC, casefold, apostrophes
inside words deleted, words = runs of letters and digits) and the shingle or
word Jaccard, and compares every pair of distinct non-empty files by brute
force.

    similar_reference.py WM_JSON ROOT [--truth TRUTH_JSON]

Checks: every reported pair, recomputed here, scores at least the threshold
and what wm says (to 1e-9), or is byte-identical (exact): precision 1.
Recall >= 0.95 of the pairs at or above the threshold: every pair of the
tree by brute force, or with --truth (gen-memory-store.py's planted pairs,
for trees too large for brute force in Python) those planted pairs that
score at or above the threshold. Prints a JSON summary; exit 1 on failure.
"""
import json
import os
import re
import sys
import time
import unicodedata

APOSTROPHE = re.compile(r"(?<=[^\W_])['\u2019](?=[^\W_])")
WORD = re.compile(r"[^\W_]+")


def words(text):
    t = unicodedata.normalize("NFKC", text).casefold()
    return WORD.findall(APOSTROPHE.sub("", t))


def shingles(ws, k):
    if not ws:
        return set()
    if len(ws) < k:
        return {tuple(ws)}
    return {tuple(ws[i:i + k]) for i in range(len(ws) - k + 1)}


def jaccard(a, b):
    if not a and not b:
        return 1.0
    return len(a & b) / len(a | b)


def read_tree(root, by_words, k):
    content, sets = {}, {}
    for dirpath, dirnames, files in os.walk(root):
        dirnames[:] = [d for d in dirnames if not d.startswith(".")]
        for name in files:
            if name.startswith("."):
                continue
            path = os.path.join(dirpath, name)
            with open(path, "rb") as f:
                data = f.read()
            if b"\0" in data[:8192]:
                continue
            rel = os.path.relpath(path, root)
            content[rel] = data
            ws = words(data.decode("utf-8", errors="replace"))
            sets[rel] = set(ws) if by_words else shingles(ws, k)
    return content, sets


def expected_pairs(reps, sets, threshold, planted, rep_of):
    """Pairs of representatives at or above the threshold: all of them (brute
    force), or only those among the planted pairs (--truth)."""
    truth = {}
    if planted is None:
        for i, a in enumerate(reps):
            for b in reps[i + 1:]:
                s = jaccard(sets[a], sets[b])
                if s >= threshold:
                    truth[frozenset((a, b))] = s
        return truth
    for pair in planted:
        a, b = rep_of.get(pair[0]), rep_of.get(pair[1])
        if a is None or b is None or a == b or not sets[a] or not sets[b]:
            continue
        s = jaccard(sets[a], sets[b])
        if s >= threshold:
            truth[frozenset((a, b))] = s
    return truth


def main():
    args = sys.argv[1:]
    planted = None
    if "--truth" in args:
        i = args.index("--truth")
        with open(args[i + 1], encoding="utf-8") as f:
            planted = json.load(f)["near"]
        del args[i:i + 2]
    with open(args[0], encoding="utf-8") as f:
        out = json.load(f)
    root = args[1]
    k, threshold = out["shingleSize"], out["threshold"]
    content, sets = read_tree(root, out["measure"] == "words", k)
    errors = []
    if out["files"] != len(content):
        errors.append(f"files: wm {out['files']}, reference {len(content)}")
    # Exact copies are matched by content: the first path of each content
    # stands for all of them, as in wm.
    firsts = {}
    for rel in sorted(content):
        firsts.setdefault(content[rel], rel)
    rep_of = {rel: firsts[content[rel]] for rel in content}
    reps = sorted(r for r in firsts.values() if sets[r])
    started = time.monotonic()
    truth = expected_pairs(reps, sets, threshold, planted, rep_of)
    brute_secs = time.monotonic() - started
    found = reported = 0
    for cluster in out["clusters"]:
        for p in cluster["pairs"]:
            a, b = p["a"], p["b"]
            reported += 1
            if p["exact"]:
                if content.get(a) != content.get(b):
                    errors.append(f"exact pair differs: {a} {b}")
                continue
            # Precision: every reported pair recomputed here.
            s = jaccard(sets[a], sets[b])
            if s < threshold or abs(s - p["score"]) > 1e-9:
                errors.append(f"unverified pair {a} {b}: wm {p['score']}, reference {s}")
            if frozenset((a, b)) in truth:
                found += 1
    recall = found / len(truth) if truth else 1.0
    if recall < 0.95:
        errors.append(f"recall {recall:.4f} < 0.95")
    precision = 1.0 - len([e for e in errors if e.startswith(("unverified", "exact"))]) / max(1, reported)
    print(json.dumps({"files": len(content), "expectedPairs": len(truth),
                      "reference": "planted" if planted is not None else "brute force",
                      "found": found, "reported": reported, "recall": recall,
                      "precision": precision, "referenceSeconds": round(brute_secs, 2),
                      "errors": errors[:20]}))
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
