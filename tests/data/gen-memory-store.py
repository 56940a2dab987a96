#!/usr/bin/env python3
"""Generates a realistic AI-agent memory store for tests and benchmarks.

Notes are Markdown files named YYYYMMDD_HHMMSS_<slug>.md with YAML front
matter (title, created in UTC ISO 8601, tags as a list, and other fields:
source, confidence, a nested `context` map). Some notes are planted
near-duplicates of an earlier note (words substituted, inserted, deleted; a
sentence reordered; new front matter), some are byte-identical copies, some
have malformed front matter. Everything follows from --seed.

    gen-memory-store.py OUT [--notes N] [--near-rate R] [--exact-rate R]
                        [--malformed-rate R] [--edit-min F] [--edit-max F]
                        [--layout flat|store] [--seed S] [--truth FILE]

--layout store spreads notes over short_term/ (most recent first),
long_term/ and archive/ as a memory folder does; flat writes them all in OUT.
--truth FILE writes JSON: {"notes": N, "near": [[original, copy, edit_fraction]],
"exact": [[original, copy]], "malformed": [[path, what]]} with paths relative
to OUT, for checking recall against what was planted.
"""
import argparse
import datetime as dt
import json
import os
import random
import sys

COMMON = (
    "the of and to in is that for it as with was on be by this are or from at an but not "
    "have has had which one all were when we there can been if more will would so what its "
    "about into than them only other new some could these two may first then do any like "
    "my now over such our man me even most made after also did many before must through "
    "back years where much your way well down should because each just those people how "
    "too little state good very make world still own see men work long get here between "
    "both life being under never day same another know while last might us great old year "
    "off come since against go came right used take three"
).split()

TOPICS = (
    "cache build deploy rollback index query latency thread pool mutex queue retry timeout "
    "schema migration parser token budget prompt memory context window embedding vector "
    "cluster shard replica backup archive journal checksum compression benchmark profile "
    "allocator buffer socket protocol handshake certificate credential session cookie "
    "request response header payload encoding unicode locale timezone calendar schedule "
    "review commit branch merge conflict release version dependency package module plugin "
    "widget layout palette shortcut dialog window render frame texture shader pipeline "
    "sensor signal filter sample rate channel stream codec container metadata annotation"
).split()

TAGS = ["heuristic", "pattern", "proven", "decision", "insight", "keep", "todo", "bug",
        "idea", "meeting", "research", "python", "cpp", "qt", "infra", "ux", "perf", "docs"]

SYLLABLES = ["ka", "lo", "mi", "ren", "to", "sa", "vel", "dor", "qui", "an", "pe", "ri",
             "us", "zen", "tha", "or", "el", "mon", "ba", "gi", "nu", "fe", "xa", "lin"]


def vocabulary(rng, size):
    words = list(dict.fromkeys(COMMON + TOPICS))
    while len(words) < size:
        w = "".join(rng.choice(SYLLABLES) for _ in range(rng.randint(2, 4)))
        if w not in words:
            words.append(w)
    return words


def zipf_words(rng, vocab, n):
    # Zipf-like: common words often, rare words rarely, like prose.
    return [vocab[min(len(vocab) - 1, int(rng.paretovariate(1.1)) - 1)]
            if rng.random() < 0.45 else rng.choice(vocab) for _ in range(n)]


def sentence(rng, vocab):
    words = zipf_words(rng, vocab, rng.randint(6, 18))
    words[0] = words[0].capitalize()
    punct = rng.choice([".", ".", ".", "!", "?", ";"])
    return " ".join(words) + punct


def body(rng, vocab):
    paragraphs = []
    for _ in range(rng.randint(1, 4)):
        paragraphs.append(" ".join(sentence(rng, vocab) for _ in range(rng.randint(1, 4))))
    if rng.random() < 0.3:
        paragraphs.append("\n".join("- " + sentence(rng, vocab) for _ in range(rng.randint(2, 4))))
    return paragraphs


def edit(rng, vocab, paragraphs, fraction):
    """Substitutes, inserts and deletes about `fraction` of the words."""
    out = []
    for p in paragraphs:
        words = p.split(" ")
        result = []
        for w in words:
            r = rng.random()
            if r < fraction / 3:
                result.append(rng.choice(vocab))          # substitute
            elif r < 2 * fraction / 3:
                result.extend([w, rng.choice(vocab)])     # insert
            elif r < fraction:
                pass                                      # delete
            else:
                result.append(w)
        out.append(" ".join(result) if result else p)
    if len(out) > 1 and rng.random() < 0.3:
        out[-1], out[-2] = out[-2], out[-1]               # paragraphs swapped
    return out


def slug(title):
    s = "".join(c if c.isalnum() else "-" for c in title.lower()).strip("-")
    while "--" in s:
        s = s.replace("--", "-")
    return s[:40] or "note"


def front_matter(rng, title, created, tags):
    lines = ["---", f'title: "{title}"', f"created: {created.strftime('%Y-%m-%dT%H:%M:%SZ')}",
             "tags:"] + [f"  - {t}" for t in tags]
    if rng.random() < 0.5:
        lines.append(f"source: session-{rng.randrange(1, 5000)}")
    if rng.random() < 0.3:
        lines.append(f"confidence: {rng.choice(['low', 'medium', 'high'])}")
    if rng.random() < 0.2:
        lines += ["context:", f"  project: {rng.choice(TOPICS)}", f"  turn: {rng.randrange(1, 90)}"]
    return lines + ["---"]


MALFORMED = [
    ("unterminated quote", lambda t, c: ["---", f'title: "{t}', f"created: {c}", "tags: [a, b]", "---"]),
    ("tab indentation", lambda t, c: ["---", f"title: {t}", "tags:", "\t- a", f"created: {c}", "---"]),
    ("unclosed flow list", lambda t, c: ["---", f"title: {t}", "tags: [a, b", f"created: {c}", "---"]),
    ("bad mapping", lambda t, c: ["---", f"title: {t}: : x", "  - y", f"created: {c}", "---"]),
    ("missing closing fence", lambda t, c: ["---", f"title: {t}", f"created: {c}", "tags: [a]"]),
]


def folder_for(layout, rng, age_days):
    if layout == "flat":
        return ""
    if age_days < 14:
        return "short_term"
    return rng.choices(["short_term", "long_term", "archive"], [5, 3, 2])[0]


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("out")
    ap.add_argument("--notes", type=int, default=1000)
    ap.add_argument("--near-rate", type=float, default=0.1)
    ap.add_argument("--exact-rate", type=float, default=0.02)
    ap.add_argument("--malformed-rate", type=float, default=0.01)
    ap.add_argument("--edit-min", type=float, default=0.0)
    ap.add_argument("--edit-max", type=float, default=0.05)
    ap.add_argument("--layout", choices=["flat", "store"], default="flat")
    ap.add_argument("--seed", type=int, default=14)
    ap.add_argument("--truth")
    ap.add_argument("--now", default="2026-12-01T12:00:00", help="UTC time of the newest note")
    a = ap.parse_args()

    rng = random.Random(a.seed)
    vocab = vocabulary(rng, 6000)
    now = dt.datetime.fromisoformat(a.now)
    truth = {"notes": a.notes, "near": [], "exact": [], "malformed": []}
    written = []  # (relpath, paragraphs, text)
    used = set()
    for i in range(a.notes):
        age = rng.expovariate(1 / 40)  # days, most notes recent
        created = now - dt.timedelta(days=age, seconds=rng.randrange(86400))
        r = rng.random()
        tags = sorted(rng.sample(TAGS, rng.randint(0, 3)))
        exact = written and r < a.exact_rate
        near = written and not exact and r < a.exact_rate + a.near_rate
        src = rng.choice(written) if exact or near else None
        if src is not None:
            title = src[3]
        else:
            title = " ".join(rng.sample(TOPICS, 3)).capitalize()
        stamp = created.strftime("%Y%m%d_%H%M%S")
        name = f"{stamp}_{slug(title)}.md"
        while name in used:
            created += dt.timedelta(seconds=1)
            stamp = created.strftime("%Y%m%d_%H%M%S")
            name = f"{stamp}_{slug(title)}.md"
        used.add(name)
        rel = os.path.join(folder_for(a.layout, rng, age), name)
        if exact:
            # Verbatim copy: same bytes under a new name.
            paragraphs, text = src[1], src[2]
            truth["exact"].append([src[0], rel])
        else:
            fraction = rng.uniform(a.edit_min, a.edit_max)
            paragraphs = edit(rng, vocab, src[1], fraction) if near else body(rng, vocab)
            if rng.random() < a.malformed_rate:
                what, make = rng.choice(MALFORMED)
                fm = make(title, created.strftime("%Y-%m-%dT%H:%M:%SZ"))
                truth["malformed"].append([rel, what])
            else:
                fm = front_matter(rng, title, created, tags)
            text = "\n".join(fm) + "\n\n" + "\n\n".join(paragraphs) + "\n"
            if near:
                truth["near"].append([src[0], rel, round(fraction, 4)])
        written.append((rel, paragraphs, text, title))
        path = os.path.join(a.out, rel)
        os.makedirs(os.path.dirname(path) or a.out, exist_ok=True)
        with open(path, "w", encoding="utf-8") as f:
            f.write(text)
    if a.truth:
        with open(a.truth, "w", encoding="utf-8") as f:
            json.dump(truth, f, indent=1)
    print(f"gen-memory-store: {a.notes} notes in {a.out}: {len(truth['near'])} near-duplicates, "
          f"{len(truth['exact'])} exact copies, {len(truth['malformed'])} malformed", file=sys.stderr)


if __name__ == "__main__":
    main()
