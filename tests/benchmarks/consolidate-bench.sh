#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 WhiteMagic contributors
# SPDX-License-Identifier: MIT
#
# Memory consolidation benchmark (wm consolidate / wm restore). On a
# generated store of N notes (tests/data/gen-memory-store.py, store layout,
# fixed seed and --now; default 10,000 notes) it prints, for the plan (dry
# run), the apply and the restore: wall time, CPU time (user+sys) and peak
# memory (GNU time); then, in the same place and at the same moment, the
# reference tools doing the bulk of the same file work: `tar -I lz4 -cf` of
# the whole store (the apply archives about a third of it) and
# `tar -I lz4 -xf` of it (restore writes a third back), as CPU-time ratios.
# It checks and prints whether the restored store is identical to a copy
# taken before (diff -r). Figures only: nothing passes or fails on time;
# the load average is printed with them (the machine may be shared), and
# the file system matters (unlink and fsync on a busy ext4 dominate the wall
# time): WM_BENCH_DIR=/dev/shm/... measures on tmpfs.
#
# Usage: tests/benchmarks/consolidate-bench.sh
#   WM=path/to/wm (default build/release/app/wm/wm, else build/ci/app/wm/wm)
#   WM_BENCH_NOTES=N (default 10000)
#   WM_BENCH_DIR=dir (default: a fresh dir under /var/tmp, removed at the end)
set -euo pipefail

root=$(cd "$(dirname "$0")/../.." && pwd)
wm=${WM:-$root/build/release/app/wm/wm}
[ -x "$wm" ] || wm=$root/build/ci/app/wm/wm
if [ ! -x "$wm" ]; then
    echo "no wm binary: build it (cmake --preset release && cmake --build build/release) or set WM" >&2
    exit 2
fi
for tool in python3 tar lz4 diff; do
    command -v "$tool" >/dev/null || { echo "$tool is needed (scripts/deps-debian.txt)" >&2; exit 2; }
done
[ -x /usr/bin/time ] || { echo "GNU time (/usr/bin/time) is needed for CPU and memory figures" >&2; exit 2; }
notes=${WM_BENCH_NOTES:-10000}
now=2026-12-01T12:00:00

cleanup=0
work=${WM_BENCH_DIR:-}
if [ -z "$work" ]; then
    work=$(mktemp -d /var/tmp/wm-consolidate-bench.XXXXXX)
    cleanup=1
fi
mkdir -p "$work"
[ "$cleanup" = 1 ] && trap 'rm -rf "$work"' EXIT
store=$work/store
rm -rf "$store" "$work/copy" "$work/ref.tar.lz4" "$work/ref-x"

# timed LABEL CMD...: runs CMD under GNU time; prints and records the figures.
declare -A cpu
timed() {
    local label=$1; shift
    /usr/bin/time -f '%e %U %S %M' -o "$work/time.txt" "$@" >"$work/out.txt" 2>"$work/err.txt" ||
        { echo "$label failed:" >&2; cat "$work/err.txt" >&2; exit 1; }
    read -r wall user sys rss <"$work/time.txt"
    cpu[$label]=$(awk -v u="$user" -v s="$sys" 'BEGIN { print u + s }')
    printf '  %-26s %7.2f s wall %7.2f s CPU %8.1f MiB peak\n' "$label" "$wall" "${cpu[$label]}" \
        "$(awk -v k="$rss" 'BEGIN { print k / 1024 }')"
}

echo "consolidate-bench: $notes notes in $work; $("$wm" --version); load $(cut -d' ' -f1-3 /proc/loadavg)"
python3 "$root/tests/data/gen-memory-store.py" "$store" --notes "$notes" --layout store \
    --seed 14 --now "$now" 2>&1 | sed 's/^/  /'
echo "  $(du -sh "$store" | cut -f1) in $(find "$store" -type f | wc -l) files; $(df -T "$work" | awk 'NR==2 {print $2}') file system"
cp -a "$store" "$work/copy"

echo "wm:"
timed "plan (dry run)" "$wm" consolidate "$store" --now "$now" --json -q
python3 - "$work/out.txt" <<'PY'
import json, sys
s = json.load(open(sys.argv[1]))["summary"]
print(f"  plan: archive {s['archive']}, promote {s['promote']}, merge {s['mergedNotes']} notes "
      f"into {s['merges']}, keep {s['keep']}, malformed {s['malformed']}")
PY
timed "apply (plan + apply)" "$wm" consolidate "$store" --now "$now" --apply -q -o /dev/null
archive=$(ls "$store"/archive/consolidation-*.tar.lz4)
echo "  archive: $(du -h "$archive" | cut -f1), $(tar -I lz4 -tf "$archive" | wc -l) members"
timed "restore" "$wm" restore "$store" -q
if diff -r "$store" "$work/copy" >/dev/null; then
    echo "  restored store identical to the copy taken before (diff -r)"
else
    echo "  RESTORED STORE DIFFERS from the copy taken before (diff -r)"
fi

echo "reference tools, same store, same moment:"
timed "tar -I lz4 -cf (all)" tar -I lz4 -cf "$work/ref.tar.lz4" -C "$work" copy
mkdir -p "$work/ref-x"
timed "tar -I lz4 -xf (all)" tar -I lz4 -xf "$work/ref.tar.lz4" -C "$work/ref-x"
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", (b > 0 ? a / b : 0) }'; }
echo "  CPU ratios: apply / tar -c = $(ratio "${cpu[apply (plan + apply)]}" "${cpu[tar -I lz4 -cf (all)]}"), restore / tar -x = $(ratio "${cpu[restore]}" "${cpu[tar -I lz4 -xf (all)]}")"
echo "load at the end: $(cut -d' ' -f1-3 /proc/loadavg)"
