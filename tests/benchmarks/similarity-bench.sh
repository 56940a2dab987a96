#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 WhiteMagic contributors
# SPDX-License-Identifier: MIT
#
# Near-duplicate detection benchmark (wm similar DIR). Prints, in one run:
#   1. 100,000 generated notes (tests/data/gen-memory-store.py, store layout,
#      10 % planted near-duplicates, 2 % identical copies, 1 % malformed):
#      wall time and peak memory of wm similar at 2 threads; precision (every
#      reported pair recomputed in Python) and recall against the planted
#      pairs that truly score >= the threshold;
#   2. a subset of N of those notes (both notes of planted pairs, then
#      others): recall and precision against a Python brute force over every
#      pair at thresholds 0.8 and 0.6, and the brute force's own time;
#   3. the .rst files of the linux-source-6.1 Documentation tree: time; and
#      against brute force on its translations/ folder at 0.5 and 0.3.
# Figures only: nothing here passes or fails on time. The load average is
# printed with the figures (the machine may be shared).
#
# Usage: tests/benchmarks/similarity-bench.sh
#   WM=path/to/wm (default build/release/app/wm/wm)
#   WM_CORPORA=dir (default /var/tmp/wm-corpora; the kernel is extracted there if missing)
#   WM_BENCH_DIR=dir for the generated store (default: a fresh dir under /var/tmp, removed
#     at the end; an existing store of the right size there is reused)
#   WM_SKIP_SETUP=1 to skip scripts/setup.sh
#   WM_BENCH_NOTES=N (default 100000), WM_BENCH_SUBSET=N (default 1000), WM_BENCH_THREADS=N (2)
set -euo pipefail

root=$(cd "$(dirname "$0")/../.." && pwd)
# WM_SKIP_SETUP=1: the packages are known to be there (setup.sh would also
# build the desktop app's KSyntaxHighlighting, which this script does not use).
[ -n "${WM_SKIP_SETUP:-}" ] || "$root/scripts/setup.sh" python3

corpora=${WM_CORPORA:-/var/tmp/wm-corpora}
corpus=$corpora/linux-source-6.1
if [ ! -d "$corpus" ]; then
    "$root/scripts/setup.sh" linux-source-6.1 xz-utils
    mkdir -p "$corpora"
    echo "extracting the kernel into $corpora ..." >&2
    tar -xf /usr/src/linux-source-6.1.tar.xz -C "$corpora"
fi

wm=${WM:-$root/build/release/app/wm/wm}
if [ ! -x "$wm" ]; then
    echo "no wm binary at $wm: build it (cmake --preset release && cmake --build build/release) or set WM" >&2
    exit 2
fi
notes=${WM_BENCH_NOTES:-100000}
subset=${WM_BENCH_SUBSET:-1000}
threads=${WM_BENCH_THREADS:-2}
gen=$root/tests/data/gen-memory-store.py
ref=$root/tests/auto/similarity/similar_reference.py

cleanup=0
work=${WM_BENCH_DIR:-}
if [ -z "$work" ]; then
    work=$(mktemp -d /var/tmp/wm-similarity-bench.XXXXXX)
    cleanup=1
fi
mkdir -p "$work"
[ "$cleanup" = 1 ] && trap 'rm -rf "$work"' EXIT

load() { cut -d' ' -f1-3 /proc/loadavg; }
# run_wm OUT DIR [options]: wm similar DIR --json, timed (GNU time when present).
run_wm() {
    local out=$1 dir=$2
    shift 2
    local t0 t1
    t0=$(date +%s.%N)
    if [ -x /usr/bin/time ]; then
        /usr/bin/time -f "%M" -o "$out.rss" "$wm" similar "$dir" --json -q --threads "$threads" -o "$out" "$@"
    else
        "$wm" similar "$dir" --json -q --threads "$threads" -o "$out" "$@"
        echo "?" > "$out.rss"
    fi
    t1=$(date +%s.%N)
    awk -v a="$t0" -v b="$t1" 'BEGIN { printf "%.2f", b - a }'
}
summary() { # JSON of wm similar -> one line of its counts
    python3 - "$1" <<'PY'
import json, sys
d = json.load(open(sys.argv[1]))
s, l = d["stats"], d["lsh"]
print("files %d, clusters %d, identical %d, candidates %d, verified %d, rejected %d, "
      "LSH %dx%d (P at threshold %.4f)" % (d["files"], len(d["clusters"]), s["exactDuplicates"],
      s["candidatePairs"], s["verifiedPairs"], s["rejectedPairs"], l["bands"], l["rows"],
      l["candidateProbabilityAtThreshold"]))
PY
}
check() { # JSON ROOT [--truth T] -> recall/precision line
    python3 "$ref" "$@" > "$work/check.json" || true
    python3 - "$work/check.json" <<'PY'
import json, sys
d = json.load(open(sys.argv[1]))
line = ("recall %.4f (%d/%d %s pairs), precision %.4f (%d reported pairs), reference %s s"
        % (d["recall"], d["found"], d["expectedPairs"], d["reference"], d["precision"],
           d["reported"], d["referenceSeconds"]))
print(line + ("; ERRORS " + "; ".join(d["errors"]) if d["errors"] else ""))
PY
}

echo "similarity-bench: wm $("$wm" --version | cut -d' ' -f2), $threads threads, $(nproc) cores, load $(load)"

store=$work/notes$notes
if [ ! -f "$work/truth$notes.json" ] || [ ! -d "$store" ]; then
    rm -rf "$store"
    echo "generating $notes notes ..." >&2
    python3 "$gen" "$store" --notes "$notes" --layout store --truth "$work/truth$notes.json"
fi
echo
echo "== $notes generated notes (threshold 0.8, 3-word shingles)"
secs=$(run_wm "$work/notes.json" "$store")
echo "wm similar: $secs s, peak $(cat "$work/notes.json.rss") KiB, load $(load)"
summary "$work/notes.json"
check "$work/notes.json" "$store" --truth "$work/truth$notes.json"

echo
echo "== subset of $subset notes: both notes of planted pairs and others, against brute force"
# Random notes rarely pair with each other: the subset takes both notes of
# the first planted pairs (half the subset), then other notes in name order.
sub=$work/subset
rm -rf "$sub" && mkdir -p "$sub"
python3 - "$store" "$work/truth$notes.json" "$subset" "$sub" <<'PY'
import json, os, shutil, sys
store, truth, n, out = sys.argv[1], sys.argv[2], int(sys.argv[3]), sys.argv[4]
chosen = []
for pair in json.load(open(truth))["near"]:
    if len(chosen) >= n // 2:
        break
    chosen += [p for p in pair[:2] if p not in chosen]
for d, _, files in sorted(os.walk(store)):
    for f in sorted(files):
        rel = os.path.relpath(os.path.join(d, f), store)
        if len(chosen) >= n:
            break
        if rel not in chosen:
            chosen.append(rel)
for rel in chosen:
    os.makedirs(os.path.join(out, os.path.dirname(rel)), exist_ok=True)
    shutil.copy(os.path.join(store, rel), os.path.join(out, rel))
PY
for t in 0.8 0.6; do
    secs=$(run_wm "$work/subset.json" "$sub" --threshold $t)
    echo "threshold $t: wm similar $secs s"
    summary "$work/subset.json"
    check "$work/subset.json" "$sub"
done

docs=$corpus/Documentation
echo
echo "== linux-source-6.1 Documentation, *.rst"
secs=$(run_wm "$work/docs.json" "$docs" --include '*.rst' --no-ignore)
echo "wm similar: $secs s, peak $(cat "$work/docs.json.rss") KiB, load $(load)"
summary "$work/docs.json"
# Few .rst files are near-duplicates at 0.8; the brute-force comparison
# uses the translations folder at lower thresholds, where pairs exist.
tr=$work/translations
rm -rf "$tr" && mkdir -p "$tr"
(cd "$docs/translations" && find . -name '*.rst' -print0 | xargs -0 cp --parents -t "$tr")
for t in 0.5 0.3; do
    echo "-- Documentation/translations, threshold $t, against brute force"
    secs=$(run_wm "$work/tr.json" "$tr" --threshold $t)
    echo "wm similar: $secs s"
    summary "$work/tr.json"
    check "$work/tr.json" "$tr"
done
