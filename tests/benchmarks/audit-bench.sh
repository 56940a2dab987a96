#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 WhiteMagic contributors
# SPDX-License-Identifier: MIT
#
# Audit benchmark: wm audit against the read floor (tar), xargs wc -lw and
# cloc on real corpora nobody here wrote: the Linux 6.1 source tree from
# Debian's linux-source-6.1 package and /usr/include. Warm cache; prints
# figures and ratios, never passes or fails on time.
#   tests/benchmarks/audit-bench.sh [DIR...]
#   WM=path/to/wm uses that binary (default: build the release preset's wm)
#   REPS=N: best (least wall time) of N runs of each command but cloc (default 3)
#   WM_CLOC=0 skips cloc
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
corpora=${WM_CORPORA:-/var/tmp/wm-corpora}
threads=${WM_THREADS:-$(nproc)}
"$root/scripts/setup.sh" time cloc linux-source-6.1 xz-utils
if [ -n "${WM:-}" ]; then
    wm=$WM
else
    cmake --preset release -S "$root" >/dev/null
    cmake --build "$root/build/release" --target wm >/dev/null
    wm="$root/build/release/app/wm/wm"
fi

kernel="$corpora/linux-source-6.1"
if [ ! -d "$kernel" ]; then
    mkdir -p "$corpora"
    echo "extracting linux-source-6.1 into $corpora ..." >&2
    tar -xf /usr/src/linux-source-6.1.tar.xz -C "$corpora"
fi
dirs=("$@")
[ ${#dirs[@]} -gt 0 ] || dirs=("$kernel" /usr/include)

# Runs a command, prints "seconds peakKB cpuSeconds" (GNU time; CPU is
# user + system of the command and its children). On a loaded machine the
# CPU figures are the steadier ones.
measure() {
    local log
    log=$(mktemp)
    /usr/bin/time -o "$log" -f "%e %M %U %S" "$@" >/dev/null 2>/dev/null || true
    tail -n 1 "$log" | awk '{ printf "%s %s %.2f\n", $1, $2, $3 + $4 }'
    rm -f "$log"
}
# best REPS runs (default 3) of measure: the one with the least wall time.
best() {
    local i line
    for ((i = 0; i < ${REPS:-3}; i++)); do
        line=$(measure "$@")
        echo "$line"
    done | sort -g -k1,1 | head -n 1
}
# MB/s per core: bytes over CPU seconds (the classifier's cost per byte).
perCore() { awk -v b="$1" -v c="$2" 'BEGIN { if (c > 0) printf "%.0f", b / c / 1e6; else print "n/a" }'; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { if (b > 0) printf "%.2f", a / b; else print "n/a" }'; }

printf '\nmachine: %s cores, %s\n' "$(nproc)" "$(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //')"
for dir in "${dirs[@]}"; do
    files=$(find "$dir" -type f | wc -l)
    bytes=$(du -sb "$dir" | cut -f1)
    echo
    echo "== $dir: $files files, $((bytes / 1048576)) MiB"
    tar cf - "$dir" 2>/dev/null | wc -c >/dev/null # warm the cache
    read -r tar_s tar_kb tar_cpu < <(best sh -c "tar cf - '$dir' 2>/dev/null | wc -c")
    read -r wc_s wc_kb wc_cpu < <(best sh -c "find '$dir' -type f -print0 | xargs -0 -P $threads wc -lw")
    read -r wm1_s wm1_kb wm1_cpu < <(best "$wm" audit "$dir" --no-ignore --hidden --threads 1 --format csv -q)
    read -r wmn_s wmn_kb wmn_cpu < <(best "$wm" audit "$dir" --no-ignore --hidden --threads "$threads" --format csv -q)
    read -r wmj_s wmj_kb wmj_cpu < <(best "$wm" audit "$dir" --no-ignore --hidden --threads "$threads" --format json -q)
    read -r wma_s wma_kb wma_cpu < <(best "$wm" audit "$dir" --no-ignore --hidden --format md -q)
    if [ "${WM_CLOC:-1}" = 1 ]; then
        read -r cloc_s cloc_kb cloc_cpu < <(measure cloc --quiet --skip-uniqueness "$dir")
    else
        cloc_s=0 cloc_kb=0 cloc_cpu=0 # WM_CLOC=0: cloc (two minutes on the kernel) skipped
    fi
    row() { printf '%-34s %9s %9s %11s %13s %12s\n' "$@"; }
    row "tool" "wall s" "CPU s" "peak MiB" "MB/s per core" "wm(N) / it"
    row "tar cf - | wc -c (read floor)" "$tar_s" "$tar_cpu" "$((tar_kb / 1024))" "$(perCore "$bytes" "$tar_cpu")" "$(ratio "$wmn_s" "$tar_s")"
    row "find | xargs -P $threads wc -lw" "$wc_s" "$wc_cpu" "$((wc_kb / 1024))" "$(perCore "$bytes" "$wc_cpu")" "$(ratio "$wmn_s" "$wc_s")"
    row "cloc" "$cloc_s" "$cloc_cpu" "$((cloc_kb / 1024))" "$(perCore "$bytes" "$cloc_cpu")" "$(ratio "$wmn_s" "$cloc_s")"
    row "wm audit --threads 1 (csv)" "$wm1_s" "$wm1_cpu" "$((wm1_kb / 1024))" "$(perCore "$bytes" "$wm1_cpu")" "$(ratio "$wmn_s" "$wm1_s")"
    row "wm audit --threads $threads (csv)" "$wmn_s" "$wmn_cpu" "$((wmn_kb / 1024))" "$(perCore "$bytes" "$wmn_cpu")" "1.00"
    row "wm audit --threads $threads (json)" "$wmj_s" "$wmj_cpu" "$((wmj_kb / 1024))" "$(perCore "$bytes" "$wmj_cpu")" "$(ratio "$wmn_s" "$wmj_s")"
    row "wm audit auto threads (markdown)" "$wma_s" "$wma_cpu" "$((wma_kb / 1024))" "$(perCore "$bytes" "$wma_cpu")" "$(ratio "$wmn_s" "$wma_s")"
    echo "CPU per byte: wm audit $(perCore "$bytes" "$wm1_cpu") MB/s per core at 1 thread, $(perCore "$bytes" "$wmn_cpu") at $threads (figures taken on a loaded machine are noisy in wall time; CPU is steadier)"
    echo "speed-up 1 -> $threads threads: $(ratio "$wm1_s" "$wmn_s")x; wm(N) vs tar: $(ratio "$wmn_s" "$tar_s")x the read floor's time (csv), $(ratio "$wmj_s" "$tar_s")x (json; target <= 1.0, peak $((wmj_kb / 1024)) MiB, target < 100)"
    echo "load average at the end: $(cut -d' ' -f1-3 /proc/loadavg)"
done
