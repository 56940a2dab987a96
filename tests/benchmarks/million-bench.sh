#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 WhiteMagic contributors
# SPDX-License-Identifier: MIT
#
# Many small files (issue 18): time and peak memory of `wm audit` (csv, json,
# md) and `wm index` (from nothing, then again with nothing changed: a
# stat-only pass) against `find DIR -type f -print0 | xargs -0 -P2 wc -lw`,
# on generated trees of 100k and 1M two-line files on a tmpfs (no disk
# involved), so the growth per file is visible. Prints figures, never passes
# or fails on time. Each tree and index is deleted afterwards.
#   tests/benchmarks/million-bench.sh [COUNT...]        (default: 100000 1000000)
# WM=path/to/wm uses that binary instead of building the release preset.
# WM_INDEX_ONLY=1: only the index part (and its reference, a `find` that
# stats every file: the floor of a stat-only pass), without wc and audits.
# WM_BENCH_DB_DIR: where the index is written (default /var/tmp, a disk).
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
base=${WM_BENCH_TMP:-/dev/shm}
dbBase=${WM_BENCH_DB_DIR:-/var/tmp}
counts=("$@")
[ ${#counts[@]} -gt 0 ] || counts=(100000 1000000)
if [ -z "${WM:-}" ]; then
    cmake --preset release -S "$root" >/dev/null
    cmake --build "$root/build/release" --target wm >/dev/null
    WM="$root/build/release/app/wm/wm"
fi

# "wall_s peak_kb cpu_s" of a command (GNU time; CPU = user + system,
# children included). Figures taken on a loaded machine: prefer CPU.
measure() {
    local log
    log=$(mktemp)
    /usr/bin/time -o "$log" -f "%e %M %U %S" "$@" >/dev/null 2>/dev/null || true
    tail -n 1 "$log" | awk '{ printf "%s %s %.2f\n", $1, $2, $3 + $4 }'
    rm -f "$log"
}
perFile() { awk -v s="$1" -v n="$2" 'BEGIN { printf "%.1f", s * 1e6 / n }'; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { if (b > 0) printf "%.2f", a / b; else print "n/a" }'; }

printf 'machine: %s cores; trees on %s, indexes in %s; wm: %s\n' "$(nproc)" "$base" "$dbBase" "$WM"
for n in "${counts[@]}"; do
    tree="$base/wm-million-$n.$$"
    db="$dbBase/wm-million-$n.$$.db"
    trap 'rm -rf "$tree" "$db" "$db-wal" "$db-shm" "$db.lock"' EXIT
    python3 "$root/tests/benchmarks/gen-tree.py" "$tree" --count "$n" --depth 2
    find "$tree" -type f | wc -l >/dev/null # warm the dentry cache
    echo
    echo "== $n files (load average before: $(cut -d' ' -f1-3 /proc/loadavg))"
    printf '%-44s %8s %8s %10s %12s %14s %10s\n' "command" "wall s" "CPU s" "peak MiB" "CPU µs/file" "peak B/file" "CPU / wc"
    wc_cpu=0
    row() {
        printf '%-44s %8s %8s %10s %12s %14s %10s\n' "$1" "$2" "$4" "$(($3 / 1024))" \
            "$(perFile "$4" "$n")" "$(($3 * 1024 / n))" "$(ratio "$4" "$wc_cpu")"
    }
    if [ "${WM_INDEX_ONLY:-0}" != 1 ]; then
        read -r wc_s wc_kb wc_cpu < <(measure sh -c "find '$tree' -type f -print0 | xargs -0 -P2 wc -lw")
        row "find | xargs -0 -P2 wc -lw" "$wc_s" "$wc_kb" "$wc_cpu"
        for fmt in csv json md; do
            extra=()
            [ "$fmt" = md ] && extra=(--budget 1000)
            read -r s kb cpu < <(measure "$WM" audit "$tree" --format "$fmt" "${extra[@]}" -o /dev/null -q)
            row "wm audit --format $fmt ${extra[*]}" "$s" "$kb" "$cpu"
        done
    fi
    # A file read within 2 s of its last write is read again by the next
    # run (racy); the audits above take longer than that.
    [ "${WM_INDEX_ONLY:-0}" = 1 ] && sleep 3
    # The floor of a pass that stats every file: one fstatat per file, one thread.
    read -r find_s find_kb find_cpu < <(measure find "$tree" -printf '%s %T@\n')
    row "find -printf '%s %T@' (stats every file)" "$find_s" "$find_kb" "$find_cpu"
    read -r s kb cpu < <(measure "$WM" index "$tree" --db "$db" -q)
    row "wm index (from nothing)" "$s" "$kb" "$cpu"
    first_cpu=$cpu first_s=$s
    read -r s kb cpu < <(measure "$WM" index "$tree" --db "$db" -q)
    row "wm index (again, nothing changed)" "$s" "$kb" "$cpu"
    printf 'second index run / first: %s wall, %s CPU; / find -printf: %s wall; index %s MiB; load average after: %s\n' \
        "$(ratio "$s" "$first_s")" "$(ratio "$cpu" "$first_cpu")" "$(ratio "$s" "$find_s")" \
        "$(( ($(stat -c %s "$db") + $(stat -c %s "$db-wal" 2>/dev/null || echo 0)) / 1048576 ))" \
        "$(cut -d' ' -f1-3 /proc/loadavg)"
    rm -rf "$tree" "$db" "$db-wal" "$db-shm" "$db.lock"
    trap - EXIT
done
