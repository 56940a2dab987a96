#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 WhiteMagic contributors
# SPDX-License-Identifier: MIT
#
# Audit benchmark: wm audit against the read floor (tar), xargs wc -lw and
# cloc on real corpora nobody here wrote: the Linux 6.1 source tree from
# Debian's linux-source-6.1 package and /usr/include. Warm cache; prints
# figures and ratios, never passes or fails on time.
#   tests/benchmarks/audit-bench.sh [DIR...]
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
corpora=${WM_CORPORA:-/var/tmp/wm-corpora}
threads=${WM_THREADS:-$(nproc)}
"$root/scripts/setup.sh" time cloc linux-source-6.1 xz-utils
cmake --preset release -S "$root" >/dev/null
cmake --build "$root/build/release" --target wm >/dev/null
wm="$root/build/release/app/wm/wm"

kernel="$corpora/linux-source-6.1"
if [ ! -d "$kernel" ]; then
    mkdir -p "$corpora"
    echo "extracting linux-source-6.1 into $corpora ..." >&2
    tar -xf /usr/src/linux-source-6.1.tar.xz -C "$corpora"
fi
dirs=("$@")
[ ${#dirs[@]} -gt 0 ] || dirs=("$kernel" /usr/include)

# Runs a command, prints "seconds peakKB" (GNU time).
measure() {
    local out
    out=$( { /usr/bin/time -f "%e %M" "$@" >/dev/null 2>/dev/null; } 2>&1 | tail -n 1)
    echo "$out"
}
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { if (b > 0) printf "%.2f", a / b; else print "n/a" }'; }

printf '\nmachine: %s cores, %s\n' "$(nproc)" "$(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //')"
for dir in "${dirs[@]}"; do
    files=$(find "$dir" -type f | wc -l)
    bytes=$(du -sb "$dir" | cut -f1)
    echo
    echo "== $dir: $files files, $((bytes / 1048576)) MiB"
    tar cf - "$dir" 2>/dev/null | wc -c >/dev/null # warm the cache
    read -r tar_s tar_kb < <(measure sh -c "tar cf - '$dir' 2>/dev/null | wc -c")
    read -r wc_s wc_kb < <(measure sh -c "find '$dir' -type f -print0 | xargs -0 -P $threads wc -lw")
    read -r wm1_s wm1_kb < <(measure "$wm" audit "$dir" --no-ignore --hidden --threads 1 --format csv -q)
    read -r wmn_s wmn_kb < <(measure "$wm" audit "$dir" --no-ignore --hidden --threads "$threads" --format csv -q)
    read -r wma_s wma_kb < <(measure "$wm" audit "$dir" --no-ignore --hidden --format md -q)
    read -r cloc_s cloc_kb < <(measure cloc --quiet --skip-uniqueness "$dir")
    printf '%-34s %9s %11s %12s\n' "tool" "wall s" "peak MiB" "wm(N) / it"
    printf '%-34s %9s %11s %12s\n' "tar cf - | wc -c (read floor)" "$tar_s" "$((tar_kb / 1024))" "$(ratio "$wmn_s" "$tar_s")"
    printf '%-34s %9s %11s %12s\n' "find | xargs -P $threads wc -lw" "$wc_s" "$((wc_kb / 1024))" "$(ratio "$wmn_s" "$wc_s")"
    printf '%-34s %9s %11s %12s\n' "cloc" "$cloc_s" "$((cloc_kb / 1024))" "$(ratio "$wmn_s" "$cloc_s")"
    printf '%-34s %9s %11s %12s\n' "wm audit --threads 1 (csv)" "$wm1_s" "$((wm1_kb / 1024))" "$(ratio "$wmn_s" "$wm1_s")"
    printf '%-34s %9s %11s %12s\n' "wm audit --threads $threads (csv)" "$wmn_s" "$((wmn_kb / 1024))" "1.00"
    printf '%-34s %9s %11s %12s\n' "wm audit auto threads (markdown)" "$wma_s" "$((wma_kb / 1024))" "$(ratio "$wmn_s" "$wma_s")"
    echo "speed-up 1 -> $threads threads: $(ratio "$wm1_s" "$wmn_s")x; wm(N) vs tar: $(ratio "$wmn_s" "$tar_s")x the read floor's time"
done
