#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 WhiteMagic contributors
# SPDX-License-Identifier: MIT
#
# wm index on a generated tree of many small files (issue 18's "Index"):
# time, CPU, peak memory and files/s from nothing, then a second run with
# nothing changed (stat only: no file is read), as a share of the first,
# next to the `find | xargs wc` reference over the same tree in the same run.
# Figures only: nothing here passes or fails on time.
#
# Usage: tests/benchmarks/index-million-bench.sh
#   WM=path/to/wm (default build/release/app/wm/wm)
#   WM_TREE_DIRS=100 WM_TREE_SUBDIRS=100 WM_TREE_FILES=100: folders × subfolders ×
#     files (default 1,000,000 files of two lines)
#   WM_TREE_BASE=dir where the tree is made (default /dev/shm: tmpfs, no disk involved)
# The tree and the index are deleted at the end.
set -euo pipefail

root=$(cd "$(dirname "$0")/../.." && pwd)
wm=${WM:-$root/build/release/app/wm/wm}
if [ ! -x "$wm" ]; then
    echo "no wm binary at $wm: build it or set WM" >&2
    exit 2
fi
dirs=${WM_TREE_DIRS:-100} subdirs=${WM_TREE_SUBDIRS:-100} files=${WM_TREE_FILES:-100}
base=${WM_TREE_BASE:-/dev/shm}
work=$(mktemp -d "$base/wm-index-tree.XXXXXX")
dbdir=$(mktemp -d /var/tmp/wm-index-db.XXXXXX)
trap 'rm -rf "$work" "$dbdir"' EXIT
tree=$work/tree db=$dbdir/tree.db

echo "generating $((dirs * subdirs * files)) files under $tree ..." >&2
python3 - "$tree" "$dirs" "$subdirs" "$files" <<'PY'
import os, sys
root, d1, d2, nf = sys.argv[1], int(sys.argv[2]), int(sys.argv[3]), int(sys.argv[4])
words = "alpha bravo charlie delta echo foxtrot golf hotel india juliet".split()
for a in range(d1):
    for b in range(d2):
        d = os.path.join(root, "d%03d" % a, "s%03d" % b)
        os.makedirs(d)
        for f in range(nf):
            n = (a * d2 + b) * nf + f
            with open(os.path.join(d, "f%03d.txt" % f), "w") as out:
                out.write("file %d %s\n%s line two\n" % (n, words[n % 10], words[(n // 10) % 10]))
PY
count=$(find "$tree" -type f | wc -l)

measure() { # label, then the command; prints "wall cpu peakKiB"
    local t0 t1
    t0=$(date +%s.%N)
    /usr/bin/time -f "%U %S %M" -o "$work/time" "$@" >"$work/out" 2>&1
    t1=$(date +%s.%N)
    awk -v a="$t0" -v b="$t1" '{ printf "%.2f %.2f %d\n", b - a, $1 + $2, $3 }' "$work/time"
}
read -r ref_wall ref_cpu _ < <(measure sh -c "find '$tree' -type f -print0 | xargs -0 -P2 wc -lw >/dev/null")
read -r first_wall first_cpu first_kib < <(measure "$wm" index "$tree" --db "$db" -q)
first_out=$(cat "$work/out")
size=$(stat -c %s "$db")
read -r second_wall second_cpu second_kib < <(measure "$wm" index "$tree" --db "$db" -q)
second_out=$(cat "$work/out")

echo
echo "wm index on a generated tree — $count files ($dirs × $subdirs folders × $files), $(nproc) cores, $(date -u +%Y-%m-%d), load average $(cut -d' ' -f1-3 /proc/loadavg)"
printf '%-40s %9s %9s %10s %12s\n' "" "wall s" "CPU s" "peak MiB" "files/s"
row() { printf '%-40s %9s %9s %10s %12s\n' "$1" "$2" "$3" "$4" "$(awk -v n="$count" -v t="$2" 'BEGIN { printf "%.0f", n / t }')"; }
row "find | xargs -0 -P2 wc -lw" "$ref_wall" "$ref_cpu" "-"
row "wm index, from nothing" "$first_wall" "$first_cpu" "$((first_kib / 1024))"
row "wm index, again (nothing changed)" "$second_wall" "$second_cpu" "$((second_kib / 1024))"
echo "second run / first run: $(awk -v a="$second_wall" -v b="$first_wall" 'BEGIN { printf "%.1f%%", 100 * a / b }') wall, $(awk -v a="$second_cpu" -v b="$first_cpu" 'BEGIN { printf "%.1f%%", 100 * a / b }') CPU (target < 10%)"
echo "wm index / find|xargs wc, wall: $(awk -v a="$first_wall" -v b="$ref_wall" 'BEGIN { printf "%.2f", a / b }')"
echo "index size: $(awk -v a="$size" 'BEGIN { printf "%.1f MiB", a / 1048576 }')"
echo "first run says:"; echo "$first_out" | sed 's/^/  /'
echo "second run says:"; echo "$second_out" | sed 's/^/  /'
