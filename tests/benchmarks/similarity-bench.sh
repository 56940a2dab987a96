#!/usr/bin/env bash
# Near-duplicate detection benchmark (wm similar DIR). Prints, in one run:
#   1. 100,000 generated notes (tests/data/gen-memory-store.py, store layout,
#      10 % planted near-duplicates, 2 % identical copies, 1 % malformed):
#      wall time and peak memory of wm similar at 2 threads; precision (every
#      reported pair recomputed in Python) and recall against the planted
#      pairs that truly score >= the threshold;
#   2. a subset of N of those notes: recall and precision against a Python
#      brute force over every pair, and the brute force's own time;
#   3. the .rst files of the linux-source-6.1 Documentation tree: time, and
#      against brute force on one of its folders (admin-guide).
# Figures only: nothing here passes or fails on time. The load average is
# printed with the figures (the machine may be shared).
#
# Usage: tests/benchmarks/similarity-bench.sh
#   WM=path/to/wm (default build/release/app/wm/wm)
#   WM_CORPORA=dir (default /var/tmp/wm-corpora; the kernel is extracted there if missing)
#   WM_BENCH_DIR=dir for the generated store (default: a fresh dir under /var/tmp, removed
#     at the end; an existing store of the right size there is reused)
#   WM_BENCH_NOTES=N (default 100000), WM_BENCH_SUBSET=N (default 1000), WM_BENCH_THREADS=N (2)
set -euo pipefail

root=$(cd "$(dirname "$0")/../.." && pwd)
"$root/scripts/setup.sh" python3

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
    python3 -c 'import json,sys; d=json.load(open(sys.argv[1])); s=d["stats"]; l=d["lsh"]
print(f"files {d[\"files\"]}, clusters {len(d[\"clusters\"])}, identical {s[\"exactDuplicates\"]}, "
      f"candidates {s[\"candidatePairs\"]}, verified {s[\"verifiedPairs\"]}, rejected {s[\"rejectedPairs\"]}, "
      f"LSH {l[\"bands\"]}x{l[\"rows\"]} (P at threshold {l[\"candidateProbabilityAtThreshold\"]:.4f})")' "$1"
}
check() { # JSON ROOT [--truth T] -> recall/precision line
    python3 "$ref" "$@" | python3 -c 'import json,sys; d=json.loads(sys.stdin.read())
print(f"recall {d[\"recall\"]:.4f} ({d[\"found\"]}/{d[\"expectedPairs\"]} {d[\"reference\"]} pairs), "
      f"precision {d[\"precision\"]:.4f} ({d[\"reported\"]} reported pairs), "
      f"reference {d[\"referenceSeconds\"]} s" + ("; ERRORS " + "; ".join(d["errors"]) if d["errors"] else ""))'
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
echo "== subset: the first $subset notes of short_term/, against brute force"
sub=$work/subset
rm -rf "$sub" && mkdir -p "$sub"
find "$store/short_term" -name '*.md' | sort | head -n "$subset" | xargs -d '\n' cp -t "$sub"
secs=$(run_wm "$work/subset.json" "$sub")
echo "wm similar: $secs s"
summary "$work/subset.json"
check "$work/subset.json" "$sub"

docs=$corpus/Documentation
echo
echo "== linux-source-6.1 Documentation, *.rst"
secs=$(run_wm "$work/docs.json" "$docs" --include '*.rst' --no-ignore)
echo "wm similar: $secs s, peak $(cat "$work/docs.json.rss") KiB, load $(load)"
summary "$work/docs.json"
echo "-- subset Documentation/admin-guide, against brute force"
secs=$(run_wm "$work/admin.json" "$docs/admin-guide" --include '*.rst' --no-ignore)
echo "wm similar: $secs s"
summary "$work/admin.json"
# The reference reads every file of the folder: give it the .rst files only.
adm=$work/admin-guide
rm -rf "$adm" && mkdir -p "$adm"
(cd "$docs/admin-guide" && find . -name '*.rst' -print0 | xargs -0 cp --parents -t "$adm")
check "$work/admin.json" "$adm"
