#!/usr/bin/env python3
"""Independent reference for `wm similar DIR --json`: Python's json reads the
output, Python re-implements the normalisation (NFKC, casefold, apostrophes
inside words deleted, words = runs of letters and digits) and the shingle or
word Jaccard, and compares every pair of distinct non-empty files by brute
force.

    similar_reference.py WM_JSON ROOT

Checks: every reported pair is a brute-force pair (score equal to 1e-9, at
least the threshold) or byte-identical (exact); recall of brute-force pairs
>= 0.95. Prints a JSON summary; exit 1 on any failure.
"""
import json
import os
import re
import sys
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


def main():
    with open(sys.argv[1], encoding="utf-8") as f:
        out = json.load(f)
    root = sys.argv[2]
    k, threshold = out["shingleSize"], out["threshold"]
    by_words = out["measure"] == "words"
    content, sets = {}, {}
    for dirpath, dirnames, files in os.walk(root):
        dirnames[:] = [d for d in dirnames if not d.startswith(".")]
        for name in files:
            if name.startswith("."):
                continue
            path = os.path.join(dirpath, name)
            rel = os.path.relpath(path, root)
            with open(path, "rb") as f:
                data = f.read()
            if b"\0" in data[:8192]:
                continue
            content[rel] = data
            ws = words(data.decode("utf-8", errors="replace"))
            sets[rel] = set(ws) if by_words else shingles(ws, k)
    errors = []
    if out["files"] != len(content):
        errors.append(f"files: wm {out['files']}, reference {len(content)}")
    # Brute force over the first of each distinct content, with words.
    firsts = {}
    for rel in sorted(content):
        firsts.setdefault(content[rel], rel)
    reps = sorted(r for r in firsts.values() if sets[r])
    truth = {}
    for i, a in enumerate(reps):
        for b in reps[i + 1:]:
            s = jaccard(sets[a], sets[b])
            if s >= threshold:
                truth[(a, b)] = s
    found = 0
    for cluster in out["clusters"]:
        for p in cluster["pairs"]:
            a, b = p["a"], p["b"]
            if p["exact"]:
                if content.get(a) != content.get(b):
                    errors.append(f"exact pair differs: {a} {b}")
                continue
            key = (a, b) if (a, b) in truth else (b, a)
            if key not in truth:
                errors.append(f"unverified pair {a} {b} {p['score']}")
            elif abs(truth[key] - p["score"]) > 1e-9:
                errors.append(f"score {a} {b}: wm {p['score']}, reference {truth[key]}")
            else:
                found += 1
    recall = found / len(truth) if truth else 1.0
    if recall < 0.95:
        errors.append(f"recall {recall:.4f} < 0.95")
    print(json.dumps({"files": len(content), "bruteForcePairs": len(truth), "found": found,
                      "recall": recall, "errors": errors[:20]}))
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
