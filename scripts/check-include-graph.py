#!/usr/bin/env python3
# SPDX-FileCopyrightText: 2026 WhiteMagic contributors
# SPDX-License-Identifier: MIT

"""Fails when a file in core/ includes a core folder it may not use.

core/ is a set of layered libraries (core/<folder>/CMakeLists.txt). Each
folder may include only itself and the folders listed in ALLOWED below; this
script reads every `#include "..."` in core/ and prints file:line for each
edge outside that graph. Includes without a folder ("Header.h") resolve to
the including file's folder, so they are checked too when they climb out
("../other/Header.h").

    scripts/check-include-graph.py [ROOT]     ROOT defaults to the checkout
    scripts/check-include-graph.py --self-test
"""
import os
import re
import shutil
import sys
import tempfile

# folder -> folders it may include (besides itself). Keep README.md's
# architecture diagram in step with this table.
ALLOWED = {
    "common": set(),
    "concurrency": {"common"},
    "io": {"common"},
    "text": {"common"},
    "walk": {"common", "concurrency", "io"},
    "audit": {"common", "concurrency", "io", "text", "walk"},
    "balance": {"common", "concurrency", "audit"},
    "report": {"common", "audit", "text"},
    "search": {"common", "concurrency", "io", "text", "walk"},
    "compress": {"common", "concurrency", "io"},
    "similarity": {"common", "concurrency", "io", "text", "walk"},
    "memory": {"common", "concurrency", "io", "text"},
    "consolidate": {"common", "concurrency", "io", "text", "memory", "similarity", "compress"},
}

INCLUDE = re.compile(r'^\s*#\s*include\s*"([^"]+)"')
SOURCES = (".h", ".hpp", ".cpp", ".cc", ".in")


def check(root):
    core = os.path.join(root, "core")
    if not os.path.isdir(core):
        print(f"check-include-graph: no core/ under {root}", file=sys.stderr)
        return 2
    folders = {d for d in os.listdir(core) if os.path.isdir(os.path.join(core, d))}
    bad = 0
    for folder in sorted(folders):
        if folder not in ALLOWED:
            print(f"core/{folder}: folder missing from ALLOWED in {__file__}")
            bad += 1
            continue
        for dirpath, _, files in os.walk(os.path.join(core, folder)):
            for name in sorted(files):
                if not name.endswith(SOURCES):
                    continue
                path = os.path.join(dirpath, name)
                bad += check_file(core, folder, path, folders)
    if bad:
        print(f"check-include-graph: {bad} include(s) outside the allowed graph")
        return 1
    print("check-include-graph: core/ include graph OK")
    return 0


def target_folder(core, path, header, folders):
    """The core folder an include refers to, or None for outside core."""
    first = header.split("/", 1)[0]
    if "/" in header and first in folders and not header.startswith("."):
        return first
    # Relative to the including file (the compiler's first try for "").
    resolved = os.path.normpath(os.path.join(os.path.dirname(path), header))
    rel = os.path.relpath(resolved, core)
    if rel.startswith(".."):
        return None
    return rel.split(os.sep, 1)[0] if os.sep in rel else None


def check_file(core, folder, path, folders):
    bad = 0
    with open(path, encoding="utf-8", errors="replace") as f:
        for lineno, line in enumerate(f, 1):
            m = INCLUDE.match(line)
            if not m:
                continue
            target = target_folder(core, path, m.group(1), folders)
            if target is None or target == folder or target in ALLOWED[folder]:
                continue
            shown = os.path.relpath(path, os.path.dirname(core))
            print(f"{shown}:{lineno}: {folder} may not include {target} "
                  f'("{m.group(1)}"); allowed: {", ".join(sorted(ALLOWED[folder])) or "nothing"}')
            bad += 1
    return bad


def self_test(root):
    """The check must pass on the tree and fail on a copy with a planted bad edge."""
    if check(root) != 0:
        return 1
    with tempfile.TemporaryDirectory() as tmp:
        shutil.copytree(os.path.join(root, "core"), os.path.join(tmp, "core"))
        cases = [
            ("walk", '#include "audit/AuditResult.h"\n'),        # upward edge
            ("audit", '#include "../balance/Hexagram.h"\n'),     # relative climb
            ("concurrency", '#include "balance/Hexagram.h"\n'),  # the old cycle
        ]
        for folder, planted in cases:
            victim = os.path.join(tmp, "core", folder, "Planted.h")
            with open(victim, "w") as f:
                f.write("#pragma once\n" + planted)
            print(f"self-test: planting {planted.strip()} in core/{folder}")
            if check(tmp) != 1:
                print("self-test FAILED: the planted edge was not reported")
                return 1
            os.remove(victim)
    print("self-test passed: planted edges are reported")
    return 0


if __name__ == "__main__":
    args = sys.argv[1:]
    here = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    if args and args[0] == "--self-test":
        sys.exit(self_test(args[1] if len(args) > 1 else here))
    sys.exit(check(args[0] if args else here))
