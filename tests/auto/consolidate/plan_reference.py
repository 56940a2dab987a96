#!/usr/bin/env python3
# SPDX-FileCopyrightText: 2026 WhiteMagic contributors
# SPDX-License-Identifier: MIT

"""Independent reference for `wm consolidate MEMDIR --json`: Python reads the
store itself (front matter with PyYAML), decides what each note should get by
the issue's rules, recomputes every merged pair's similarity, and checks the
merged notes' front matter and paragraphs.

    plan_reference.py PLAN_JSON ROOT [--truth TRUTH_JSON]

Checks:
- the malformed notes are exactly those PyYAML cannot read as a mapping
  between '---' fences (or whose fences are missing);
- every valid note of short_term/ and long_term/ is in the plan once, with
  the action the rules give: long-term notes are kept; short-term notes tagged
  heuristic/pattern/proven/decision/insight are promoted, tagged keep/pinned
  kept, older than N days archived, others kept; a note in a merge is exempt;
- every merge pair scores >= the threshold (3-word shingle Jaccard, Python's
  own normalisation) and what wm says; with --truth, every planted pair of
  valid notes scoring >= the threshold ends up in one merge;
- each merged note: tags are the union, merged_from lists every member,
  every other field of the oldest member has the same YAML value, and every
  paragraph of every member is in it (after normalisation).
Prints a JSON summary; exit 1 on the first kind of failure found (all listed).
"""
import datetime as dt
import json
import os
import re
import sys
import unicodedata

import yaml

sys.path.insert(0, os.path.join(os.path.dirname(__file__), "..", "similarity"))
from similar_reference import jaccard, shingles, words  # noqa: E402

PROMOTE = ["heuristic", "pattern", "proven", "decision", "insight"]
KEEP = ["keep", "pinned"]
NAME = re.compile(r"^\d{8}_\d{6}_.+\.md$")


def read_note(path):
    """(front matter dict, body) or (None, reason)."""
    with open(path, "rb") as f:
        return read_note_text(f.read().decode("utf-8", "replace"))


def read_note_text(text):
    lines = text.split("\n")
    if not lines or lines[0].strip() != "---":
        return None, "no front matter"
    for i in range(1, len(lines)):
        if lines[i].strip() in ("---", "..."):
            try:
                fm = yaml.safe_load("\n".join(lines[1:i]))
            except yaml.YAMLError as e:
                return None, str(e).split("\n")[0]
            if not isinstance(fm, dict):
                return None, "not a mapping"
            return fm, "\n".join(lines[i + 1:])
    return None, "not closed"


def as_time(v):
    if isinstance(v, dt.datetime):
        return v if v.tzinfo else v.replace(tzinfo=dt.timezone.utc)
    return dt.datetime.fromisoformat(str(v).replace("Z", "+00:00"))


def tags_of(fm):
    t = fm.get("tags") or []
    return [str(x) for x in (t if isinstance(t, list) else str(t).split(","))]


def paragraphs(body):
    return [p.strip() for p in re.split(r"\n[ \t\r]*\n", body) if p.strip()]


def norm(p):
    return " ".join(words(p))


def expected_action(rel, fm, now, days):
    if rel.startswith("long_term/"):
        return "keep"
    tags = [t.lower() for t in tags_of(fm)]
    if any(t in tags for t in PROMOTE):
        return "promote"
    if any(t in tags for t in KEEP):
        return "keep"
    age = (now - as_time(fm["created"])).total_seconds()
    return "archive" if age > days * 86400 else "keep"


def check_merge(m, notes, root, fails):
    members = m["members"]
    result = m["text"]
    fm, body = read_note_text(result)
    if fm is None:
        fails.append(f"merged note {m['result']}: front matter unreadable: {body}")
        return
    oldest = notes[members[0]][0]
    union = {t.lower() for mem in members for t in tags_of(notes[mem][0])}
    if {t.lower() for t in tags_of(fm)} != union or len(tags_of(fm)) != len(union):
        fails.append(f"{m['result']}: tags {tags_of(fm)} are not the union {sorted(union)}")
    if not set(members) <= set(fm.get("merged_from") or []):
        fails.append(f"{m['result']}: merged_from {fm.get('merged_from')} lacks members")
    for key, value in oldest.items():
        if key not in ("tags", "merged_from") and fm.get(key) != value:
            fails.append(f"{m['result']}: field {key} is {fm.get(key)!r}, was {value!r}")
    have = {norm(p) for p in paragraphs(body)}
    for mem in members:
        for p in paragraphs(notes[mem][1]):
            if norm(p) not in have:
                fails.append(f"{m['result']}: paragraph of {mem} missing: {p[:50]}")


def main():
    plan = json.load(open(sys.argv[1], encoding="utf-8"))
    root = sys.argv[2]
    truth = json.load(open(sys.argv[sys.argv.index("--truth") + 1])) if "--truth" in sys.argv else None
    now = as_time(plan["now"])
    days = plan["options"]["olderThanDays"]
    threshold = plan["options"]["threshold"]
    fails = []
    notes, malformed = {}, set()
    for folder in ("short_term", "long_term"):
        for name in sorted(os.listdir(os.path.join(root, folder))):
            if not NAME.match(name):
                continue
            rel = f"{folder}/{name}"
            fm, body = read_note(os.path.join(root, rel))
            if fm is None:
                malformed.add(rel)
            else:
                notes[rel] = (fm, body)
    reported = {m["path"] for m in plan["malformed"] if not m["path"].startswith("archive/")}
    if reported != malformed:
        fails.append(f"malformed: wm {sorted(reported ^ malformed)} differ from PyYAML")
    planned = {n["path"]: n for n in plan["notes"]}
    if set(planned) != set(notes) or len(planned) != len(plan["notes"]):
        fails.append(f"notes in the plan differ: {sorted(set(planned) ^ set(notes))[:5]}")
    counts = {}
    for rel, (fm, body) in notes.items():
        got = planned.get(rel, {}).get("action")
        counts[got] = counts.get(got, 0) + 1
        if got != "merge" and got != expected_action(rel, fm, now, days):
            fails.append(f"{rel}: wm says {got}, the rules say {expected_action(rel, fm, now, days)}")
    group = {}
    for i, m in enumerate(plan["merges"]):
        for mem in m["members"]:
            group[mem] = i
        for p in m["pairs"]:
            s = jaccard(shingles(words(notes[p["a"]][1]), 3), shingles(words(notes[p["b"]][1]), 3))
            if s < threshold - 1e-9 or abs(s - p["score"]) > 1e-9:
                fails.append(f"pair {p['a']} {p['b']}: wm {p['score']}, Python {s}")
        check_merge(m, notes, root, fails)
    planted = 0
    for pair in (truth["near"] + truth["exact"]) if truth else []:
        a, b = pair[0], pair[1]
        if a not in notes or b not in notes:
            continue
        s = jaccard(shingles(words(notes[a][1]), 3), shingles(words(notes[b][1]), 3))
        if s >= threshold:
            planted += 1
            if group.get(a) is None or group.get(a) != group.get(b):
                fails.append(f"planted pair {a} {b} ({s:.3f}) not merged together")
    print(json.dumps({"notes": len(notes), "malformed": len(malformed), "actions": counts,
                      "merges": len(plan["merges"]), "planted_pairs_checked": planted,
                      "failures": fails[:20]}, indent=1))
    sys.exit(1 if fails else 0)


if __name__ == "__main__":
    main()
