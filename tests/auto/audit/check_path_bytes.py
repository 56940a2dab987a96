#!/usr/bin/env python3
# SPDX-FileCopyrightText: 2026 WhiteMagic contributors
# SPDX-License-Identifier: MIT

"""Paths are bytes: checks wm's output with Python's own json and csv readers.

Builds a tree whose names differ only in bytes that are not UTF-8 (inside a
root folder whose own name is not UTF-8, given to wm as raw argv bytes), then
checks that `wm audit --format json|csv` and `wm search --json` name every
file exactly once, losslessly (path, or pathBytes in base64 when the name is
not UTF-8), that each name reopens the file, and that the Markdown report
and terminal output carry no ESC byte from a hostile name.

    check_path_bytes.py WM_BINARY        exit 0 when all checks pass
"""
import base64
import csv
import io
import json
import os
import subprocess
import sys
import tempfile

ESC_NAME = b"esc\x1b[2Jclear.txt"
NAMES = [b"a\xff.txt", b"a\xfe.txt", b"sub\xe9/x\x80.txt", b"plain.txt", ESC_NAME]


def fail(msg):
    print("FAIL:", msg)
    sys.exit(1)


def run(wm, args, cwd=None):
    p = subprocess.run([wm] + args, capture_output=True, cwd=cwd, timeout=120)
    if p.returncode != 0:
        fail(f"{args!r} exited {p.returncode}: {p.stderr.decode(errors='replace')}")
    return p.stdout


def name_of(path, b64):
    """The bytes a report row names: pathBytes when present, else the path."""
    if b64:
        raw = base64.b64decode(b64, validate=True)
        if "\ufffd" not in path:
            fail(f"pathBytes given but path {path!r} has no U+FFFD")
        return raw
    if "\ufffd" in path:
        fail(f"path {path!r} lost bytes and carries no pathBytes")
    return os.fsencode(path)


def check_names(what, root, got):
    want = sorted(NAMES)
    if sorted(got) != want:
        fail(f"{what}: names {sorted(got)!r} != {want!r}")
    for n in got:
        with open(os.path.join(root, n), "rb"):
            pass  # each name reopens its file


def main():
    wm = os.fsencode(sys.argv[1])
    with tempfile.TemporaryDirectory() as tmp:
        root = os.path.join(os.fsencode(tmp), b"root\xfa\xfb")
        for i, n in enumerate(NAMES):
            os.makedirs(os.path.dirname(os.path.join(root, n)), exist_ok=True)
            with open(os.path.join(root, n), "wb") as f:
                f.write(b"needle line %d\n" % i)

        doc = json.loads(run(wm, [b"audit", b"--format", b"json", b"-q", root]))
        check_names("audit json", root,
                    [name_of(f["path"], f.get("pathBytes")) for f in doc["files"]])

        rows = list(csv.DictReader(io.StringIO(
            run(wm, [b"audit", b"--format", b"csv", b"-q", root]).decode("utf-8"), newline="")))
        check_names("audit csv", root, [name_of(r["path"], r["pathBytes"]) for r in rows])

        md = run(wm, [b"audit", root])
        if b"\x1b" in md:
            fail("Markdown report carries a raw ESC byte")
        if b"\\x1b" not in md:
            fail("Markdown report does not show the escaped ESC of " + repr(ESC_NAME))

        db = os.path.join(os.fsencode(tmp), b"index.db")
        run(wm, [b"index", root, b"--db", db, b"-q"])
        res = json.loads(run(wm, [b"search", root, b"needle", b"--db", db, b"--json",
                                  b"--limit", b"50"]))
        check_names("search json", root,
                    [name_of(h["path"], h.get("pathBytes")) for h in res["results"]])
        text = run(wm, [b"search", root, b"needle", b"--db", db, b"--limit", b"50"])
        if b"\x1b" in text:
            fail("search output on a pipe carries a raw ESC byte")

        # `cd dir && wm audit` is titled by the folder's name, not ".".
        md = run(wm, [b"audit", b"-q"], cwd=root)
        title = md.split(b"\n", 1)[0]
        if title != b"# WhiteMagic audit: root\xef\xbf\xbd\xef\xbf\xbd":
            fail(f"title of `wm audit` in the folder: {title!r}")
    print("check_path_bytes: all checks passed")


if __name__ == "__main__":
    main()
