#!/usr/bin/env python3
# SPDX-FileCopyrightText: 2026 WhiteMagic contributors
# SPDX-License-Identifier: MIT

"""Prints every file and folder under ROOT (hidden ones too) as JSON:
{"relpath": {"type": "file", "sha256": ..., "mode": ..., "mtime_ns": ...}}
(folders: type and mode). Two snapshots are equal exactly when the trees
hold the same names (as bytes), contents, permissions and file times: the
independent check that `wm restore` brings a store back byte for byte.

    tree_snapshot.py ROOT [--no-times] [--exclude NAME]
"""
import hashlib
import json
import os
import stat
import sys


def main():
    root = os.fsencode(sys.argv[1])
    times = "--no-times" not in sys.argv
    exclude = {os.fsencode(sys.argv[i + 1]) for i, a in enumerate(sys.argv) if a == "--exclude"}
    out = {}
    for dirpath, dirnames, files in os.walk(root):
        dirnames[:] = sorted(d for d in dirnames if d not in exclude)
        for name in sorted(dirnames) + sorted(files):
            path = os.path.join(dirpath, name)
            rel = os.path.relpath(path, root).decode("utf-8", "surrogateescape")
            st = os.lstat(path)
            entry = {"mode": stat.S_IMODE(st.st_mode)}
            if stat.S_ISDIR(st.st_mode):
                entry["type"] = "dir"
            elif stat.S_ISREG(st.st_mode):
                entry["type"] = "file"
                with open(path, "rb") as f:
                    entry["sha256"] = hashlib.sha256(f.read()).hexdigest()
                if times:
                    entry["mtime_ns"] = st.st_mtime_ns
            else:
                entry["type"] = "other"
            out[rel.encode("utf-8", "surrogateescape").hex()] = entry
    json.dump(out, sys.stdout, indent=1, sort_keys=True)


if __name__ == "__main__":
    main()
