#!/usr/bin/env python3
# SPDX-FileCopyrightText: 2026 WhiteMagic contributors
# SPDX-License-Identifier: MIT

"""Generates a tree of many small files for the million-file benchmark.

    gen-tree.py DIR [--count N] [--depth D] [--lines L] [--line-bytes B]

COUNT files spread evenly over folders DEPTH levels deep (the fan-out per
level is chosen so that each leaf folder holds about as many files as a
folder has subfolders: 1,000,000 files at depth 2 is 100 x 100 folders of
100 files). Each file has LINES lines of about B bytes, words separated by
spaces, so wc and wm agree on every count. DIR must not exist yet.
"""
import argparse
import os
import sys


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("dir")
    ap.add_argument("--count", type=int, default=100_000)
    ap.add_argument("--depth", type=int, default=2)
    ap.add_argument("--lines", type=int, default=2)
    ap.add_argument("--line-bytes", type=int, default=24)
    a = ap.parse_args()
    if os.path.exists(a.dir):
        sys.exit(f"gen-tree: {a.dir} exists; give a new folder")
    levels = a.depth + 1  # folder levels plus the files of a leaf
    fan = max(1, round(a.count ** (1.0 / levels)))
    while fan ** levels < a.count:
        fan += 1
    word = "word "
    line = (word * max(1, a.line_bytes // len(word))).rstrip() + "\n"
    body = (line * a.lines).encode()
    os.makedirs(a.dir)
    made = 0
    folders = 0
    # Leaf folder k gets the path of k's digits in base `fan`.
    leaves = (a.count + fan - 1) // fan
    for leaf in range(leaves):
        parts = []
        k = leaf
        for _ in range(a.depth):
            parts.append(f"d{k % fan:03d}")
            k //= fan
        folder = os.path.join(a.dir, *reversed(parts))
        os.makedirs(folder, exist_ok=True)
        folders += 1
        for i in range(min(fan, a.count - made)):
            fd = os.open(os.path.join(folder, f"f{i:04d}.txt"), os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o644)
            os.write(fd, body)
            os.close(fd)
            made += 1
    print(f"gen-tree: {made} files in {folders} leaf folders under {a.dir} "
          f"({len(body)} bytes each)", file=sys.stderr)


if __name__ == "__main__":
    main()
