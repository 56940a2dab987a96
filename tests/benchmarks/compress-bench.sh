#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 WhiteMagic contributors
# SPDX-License-Identifier: MIT
#
# Compression benchmark: `wm compress` / `wm decompress` against the `lz4`
# tool at the same levels, on a tar of the linux-source-6.1 tree and on a
# text corpus (the kernel's Documentation prose, concatenated), plus the
# speed-up of compressing many files on N threads. Warm cache, best of
# several runs; prints figures and wm/lz4 ratios, never passes or fails.
#   tests/benchmarks/compress-bench.sh
# Environment: WM_BIN (a built wm; default: build the release preset),
# WM_LEVELS (default "1 9"), WM_REPS (default 3; HC levels run once),
# WM_CORPORA (default /var/tmp/wm-corpora), WM_BENCH_TMP.
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
corpora=${WM_CORPORA:-/var/tmp/wm-corpora}
levels=${WM_LEVELS:-1 9}
reps=${WM_REPS:-3}
tmp=${WM_BENCH_TMP:-/var/tmp/wm-bench-compress}
"$root/scripts/setup.sh" lz4 tar time linux-source-6.1 xz-utils
if [ -n "${WM_BIN:-}" ]; then
    wm=$WM_BIN
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
kernel_tar="$corpora/linux-source-6.1.tar"
if [ ! -f "$kernel_tar" ]; then
    echo "writing $kernel_tar ..." >&2
    tar -cf "$kernel_tar.part" -C "$corpora" linux-source-6.1 && mv "$kernel_tar.part" "$kernel_tar"
fi
text="$corpora/kernel-documentation.txt"
if [ ! -f "$text" ]; then
    echo "writing $text ..." >&2
    find "$kernel/Documentation" -type f \( -name '*.rst' -o -name '*.txt' \) -print0 | sort -z |
        xargs -0 cat > "$text.part" && mv "$text.part" "$text"
fi
many="$corpora/kernel-c-files-flat"
if [ ! -d "$many" ]; then
    echo "copying 4000 kernel .c files into $many ..." >&2
    mkdir -p "$many.part"
    n=0
    find "$kernel/drivers" -type f -name '*.c' -size +2k | sort | head -n 4000 | while read -r f; do
        n=$((n + 1))
        cp "$f" "$many.part/$(printf %05d "$n")_${f##*/}"
    done
    mv "$many.part" "$many"
fi

rm -rf "$tmp"
mkdir -p "$tmp"
trap 'rm -rf "$tmp"' EXIT

# Best wall time of N runs of a command (seconds).
best() {
    local n=$1; shift
    local bestt="" t s e
    for ((i = 0; i < n; i++)); do
        s=$(date +%s.%N)
        "$@" >/dev/null
        e=$(date +%s.%N)
        t=$(awk -v a="$s" -v b="$e" 'BEGIN { printf "%.3f", b - a }')
        if [ -z "$bestt" ] || awk -v a="$t" -v b="$bestt" 'BEGIN { exit !(a < b) }'; then bestt=$t; fi
    done
    echo "$bestt"
}
mbps() { awk -v b="$1" -v s="$2" 'BEGIN { printf "%.0f", b / 1e6 / s }'; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { if (b > 0) printf "%.2f", a / b; else print "n/a" }'; }

printf '\nmachine: %s cores, %s; lz4 %s\n' "$(nproc)" "$(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //')" \
    "$(lz4 --version 2>&1 | grep -o 'v[0-9.]*' | head -n 1)"
echo "MB/s are uncompressed megabytes (10^6) per second, best of $reps (HC levels: 1 run); ratio = compressed/original"

bench_input() {
    local name=$1 input=$2
    local size
    size=$(stat -c %s "$input")
    cat "$input" >/dev/null # warm the cache
    echo
    echo "== $name: $((size / 1048576)) MiB"
    printf '%-6s %-5s %10s %16s %18s %8s\n' level tool "comp MB/s" "decomp MB/s file" "decomp MB/s pipe" ratio
    for level in $levels; do
        local n=$reps
        [ "$level" -ge 3 ] && n=1
        local lz="$tmp/lz4.lz4" w="$tmp/wm.lz4"
        local lc wc_ ld wd lp wp
        lc=$(best "$n" lz4 -q -f "-$level" "$input" "$lz")
        wc_=$(best "$n" "$wm" compress -q -f --level "$level" "$input" -o "$w")
        # Both decoders read the same (lz4-written) file.
        ld=$(best "$reps" lz4 -d -q -f "$lz" "$tmp/out-lz4")
        wd=$(best "$reps" "$wm" decompress -q -f "$lz" -o "$tmp/out-wm")
        cmp -s "$tmp/out-wm" "$input" || echo "MISMATCH: wm decompress output differs from the input" >&2
        rm -f "$tmp/out-lz4" "$tmp/out-wm"
        lp=$(best "$reps" sh -c "lz4 -d -c '$lz' > /dev/null")
        wp=$(best "$reps" sh -c "'$wm' decompress -q -o - '$lz' > /dev/null")
        local lsz wsz
        lsz=$(stat -c %s "$lz")
        wsz=$(stat -c %s "$w")
        printf '%-6s %-5s %10s %16s %18s %8s\n' "$level" lz4 "$(mbps "$size" "$lc")" "$(mbps "$size" "$ld")" "$(mbps "$size" "$lp")" "$(ratio "$lsz" "$size")"
        printf '%-6s %-5s %10s %16s %18s %8s\n' "$level" wm "$(mbps "$size" "$wc_")" "$(mbps "$size" "$wd")" "$(mbps "$size" "$wp")" "$(ratio "$wsz" "$size")"
        printf '%-6s %-5s %9sx %15sx %17sx %8s\n' "$level" wm/lz4 "$(ratio "$lc" "$wc_")" "$(ratio "$ld" "$wd")" "$(ratio "$lp" "$wp")" "$(ratio "$wsz" "$lsz")"
        rm -f "$lz" "$w"
    done
}

bench_input "tar of linux-source-6.1" "$kernel_tar"
bench_input "text: kernel Documentation (*.rst, *.txt)" "$text"

# Many files: the same set compressed by wm on 1, 2 and all threads, and by
# the lz4 tool (one process with -m, and N processes through xargs -P).
count=$(find "$many" -type f | wc -l)
bytes=$(du -sb "$many" | cut -f1)
cat "$many"/* >/dev/null
echo
echo "== many files: $count kernel .c files, $((bytes / 1048576)) MiB, level 1"
printf '%-36s %9s %10s %10s\n' run "wall s" "MB/s" "speed-up"
threads_list="1 2"
[ "$(nproc)" -gt 2 ] && threads_list="1 2 $(nproc)"
t1=""
for t in $threads_list; do
    out="$tmp/many-$t"
    secs=$(best "$reps" sh -c "rm -rf '$out' && mkdir -p '$out' && cd '$many' && '$wm' compress -q --threads $t -o '$out' *")
    [ -z "$t1" ] && t1=$secs
    printf '%-36s %9s %10s %9sx\n' "wm compress --threads $t" "$secs" "$(mbps "$bytes" "$secs")" "$(ratio "$t1" "$secs")"
done
rm -rf "$tmp"/many-*
secs=$(best "$reps" sh -c "rm -rf '$tmp/m' && cp -r '$many' '$tmp/m' && cd '$tmp/m' && lz4 -q -1 -m * && rm -rf '$tmp/m'")
copy=$(best "$reps" sh -c "rm -rf '$tmp/m' && cp -r '$many' '$tmp/m' && rm -rf '$tmp/m'")
lm=$(awk -v a="$secs" -v b="$copy" 'BEGIN { printf "%.3f", a - b }')
printf '%-36s %9s %10s %9sx\n' "lz4 -m (1 process)" "$lm" "$(mbps "$bytes" "$lm")" "$(ratio "$t1" "$lm")"
p=$(nproc)
secs=$(best "$reps" sh -c "rm -rf '$tmp/m' && cp -r '$many' '$tmp/m' && cd '$tmp/m' && ls | xargs -P $p -n 200 lz4 -q -1 -m && rm -rf '$tmp/m'")
lp=$(awk -v a="$secs" -v b="$copy" 'BEGIN { printf "%.3f", a - b }')
printf '%-36s %9s %10s %9sx\n' "xargs -P $p lz4 -m" "$lp" "$(mbps "$bytes" "$lp")" "$(ratio "$t1" "$lp")"
echo "(lz4 rows: time minus the copy that gives it fresh inputs, $copy s)"
