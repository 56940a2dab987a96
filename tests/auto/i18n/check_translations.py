#!/usr/bin/env python3
# SPDX-FileCopyrightText: 2026 WhiteMagic contributors
# SPDX-License-Identifier: MIT

"""The translations are complete: every tr() string of the sources is in
each .ts file, translated, and nothing obsolete is left behind.

  check_translations.py LUPDATE LRELEASE TS_FILE... -- SOURCE_DIR...

For each .ts file, a temporary copy is updated with lupdate from the source
folders (the committed file is never touched). The copy must then hold no
unfinished, vanished or obsolete message: a new tr() string comes in as
unfinished, a removed one stays as vanished. Translations must keep the
source's placeholders (%1, %n, %Ln) and its keyboard accelerator (&), and
give every plural form. Last, lrelease compiles the copy and must report
zero unfinished. Exit status 1 with the offending strings listed.
"""
import os
import re
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET

PLACEHOLDER = re.compile(r"%L?(?:n|\d{1,2})")
# One & before a character other than & or a space (&& is a literal &).
ACCELERATOR = re.compile(r"(?<!&)&(?=[^&\s])")
# Plural forms per .ts language (Qt's rules for these languages).
FORMS = {"de": 2, "zh_CN": 1, "en": 2}


def run(cmd):
    p = subprocess.run(cmd, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    if p.returncode != 0:
        sys.exit(f"FAIL: {' '.join(cmd)} exited with {p.returncode}:\n{p.stdout}")
    return p.stdout


def texts(message):
    tr = message.find("translation")
    if message.get("numerus") == "yes":
        return [f.text or "" for f in tr.findall("numerusform")]
    return [tr.text or ""]


def problems_in(ts_path):
    root = ET.parse(ts_path).getroot()
    forms = FORMS.get(root.get("language"))
    if forms is None:
        return [f"unknown language {root.get('language')!r}: add its plural forms to FORMS"], 0
    found = []
    count = 0
    for ctx in root.iter("context"):
        name = ctx.findtext("name")
        for m in ctx.iter("message"):
            count += 1
            src = m.findtext("source") or ""
            where = f"{name}: {src!r}"
            kind = m.find("translation").get("type")
            if kind in ("unfinished", "vanished", "obsolete"):
                found.append(f"{kind}: {where}")
                continue
            tr = texts(m)
            if m.get("numerus") == "yes" and len(tr) != forms:
                found.append(f"{len(tr)} plural forms, {forms} expected: {where}")
            want = sorted(PLACEHOLDER.findall(src))
            for t in tr:
                if not t.strip():
                    found.append(f"empty translation: {where}")
                elif sorted(PLACEHOLDER.findall(t)) != want:
                    found.append(f"placeholders {PLACEHOLDER.findall(t)} != {want}: {where} -> {t!r}")
                if ACCELERATOR.search(src) and not ACCELERATOR.search(t):
                    found.append(f"accelerator & lost: {where} -> {t!r}")
    return found, count


def main():
    args = sys.argv[1:]
    if "--" not in args or len(args) < 5:
        sys.exit(__doc__)
    cut = args.index("--")
    lupdate, lrelease, ts_files, sources = args[0], args[1], args[2:cut], args[cut + 1:]
    for tool in (lupdate, lrelease):
        if not os.access(tool, os.X_OK):
            sys.exit(f"FAIL: {tool} is missing (Debian: qt6-l10n-tools)")
    failed = False
    with tempfile.TemporaryDirectory() as tmp:
        for ts in ts_files:
            copy = os.path.join(tmp, os.path.basename(ts))
            shutil.copyfile(ts, copy)
            out = run([lupdate, "-locations", "none", *sources, "-ts", copy])
            print(out.strip().splitlines()[-1].strip())
            found, count = problems_in(copy)
            if count == 0:
                found.append("no messages at all: lupdate read no sources?")
            out = run([lrelease, copy, "-qm", os.path.join(tmp, "out.qm")])
            m = re.search(r"Generated (\d+) translation\(s\) \((\d+) finished and (\d+) unfinished\)", out)
            if not m:
                found.append(f"lrelease said nothing about unfinished translations:\n{out}")
            elif int(m.group(3)) != 0 or int(m.group(1)) == 0:
                found.append(f"lrelease: {m.group(0)}")
            if "untranslated" in out:
                found.append("lrelease: " + out.strip())
            name = os.path.basename(ts)
            if found:
                failed = True
                print(f"FAIL {name}: {len(found)} problem(s)")
                for f in found:
                    print("   ", f)
            else:
                print(f"ok   {name}: {count} messages, {m.group(0)}")
    if failed:
        print("Run `cmake --build build/ci --target update_translations`, translate the new "
              "strings in translations/*.ts and commit them.")
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
