#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 WhiteMagic contributors
# SPDX-License-Identifier: MIT
#
# Compression benchmark: `wm compress` / `wm decompress` against the `lz4`
# tool at the same levels, on WM_TAR_MB megabytes of a tar of the
# linux-source-6.1 tree and on a text corpus (the kernel's Documentation
# prose, concatenated), plus the speed-up of compressing many files on N
# threads. Warm cache, best of several runs. Besides wall time (noisy on a
# shared machine) it prints user and system CPU seconds of the best run and
# wm/lz4 ratios of throughput and CPU, measured in the same script. Every
# timed run writes a fresh output (a rename over an existing file costs wm
# more on ext4, while lz4 -f truncates in place). wm runs with --no-sync
# in the comparisons (lz4 never fsyncs); one extra row shows wm's default.
# Prints figures, never passes or fails.
#   tests/benchmarks/compress-bench.sh
# Environment: WM_BIN (a built wm; default: build the release preset),
# WM_LEVELS (default "1 9"), WM_REPS (default 3; HC levels run once),
# WM_TAR_MB (default 400; 0 = the whole tar), WM_TEXT (default 1; 0 skips
# the text corpus), WM_MANY_ONLY (default 0; 1 runs only the many-files
# part), WM_CORPORA (default /var/tmp/wm-corpora), WM_BENCH_TMP.
# The tar, its piece and the many-files set are made under WM_BENCH_TMP and
# deleted at the end; the kernel tree itself is only read.
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
corpora=${WM_CORPORA:-/var/tmp/wm-corpora}
levels=${WM_LEVELS:-1 9}
reps=${WM_REPS:-3}
tmp=${WM_BENCH_TMP:-/var/tmp/wm-bench-compress}
tar_mb=${WM_TAR_MB:-400}
with_text=${WM_TEXT:-1}
many_only=${WM_MANY_ONLY:-0}
[ "$many_only" = 1 ] && with_text=0
# WM_SKIP_SETUP=1: the tools are known to be there (skips setup.sh, which
# may also build the vendored libraries).
[ "${WM_SKIP_SETUP:-0}" = 1 ] || "$root/scripts/setup.sh" lz4 tar time linux-source-6.1 xz-utils
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
rm -rf "$tmp"
mkdir -p "$tmp"
trap 'rm -rf "$tmp"' EXIT
# Timed commands discard their output into /dev/null; make sure it is one.
if [ ! -c /dev/null ]; then
    echo "/dev/null is not a character device (something replaced it); fix it first" >&2
    exit 1
fi

kernel_tar="$tmp/linux-source-6.1.tar"
if [ "$many_only" = 1 ]; then
    : # no tar needed
elif [ "$tar_mb" -gt 0 ]; then
    echo "writing $kernel_tar (${tar_mb} MB) ..." >&2
    # (head closes the pipe early: tar's SIGPIPE is expected, not an error.)
    (tar -cf - -C "$corpora" linux-source-6.1 2>/dev/null || true) | head -c $((tar_mb * 1000000)) > "$kernel_tar"
else
    echo "writing $kernel_tar (all of it) ..." >&2
    tar -cf "$kernel_tar" -C "$corpora" linux-source-6.1
fi
text="$tmp/kernel-documentation.txt"
if [ "$with_text" != 0 ]; then
    find "$kernel/Documentation" -type f \( -name '*.rst' -o -name '*.txt' \) -print0 | sort -z |
        xargs -0 cat > "$text"
fi
many="$tmp/kernel-c-files-flat"
echo "copying 4000 kernel .c files into $many ..." >&2
mkdir -p "$many"
# (A list file, not "| head": with pipefail, head's early exit would fail the pipeline.)
find "$kernel/drivers" -type f -name '*.c' -size +2k | sort > "$tmp/many.list"
n=0
while read -r f && [ "$n" -lt 4000 ]; do
    n=$((n + 1))
    cp "$f" "$many/$(printf %05d "$n")_${f##*/}"
done < "$tmp/many.list"

# Best wall time of N runs of a command: prints "wall user sys" (seconds)
# of the fastest run. Before each run (untimed) the file or folder in
# $fresh, if set, is removed, so every run writes a new output; the folder
# in $renew, if set, is moved aside (kept) and made again, empty.
fresh=""
renew=""
best() {
    local n=$1; shift
    local bestline="" line
    for ((i = 0; i < n; i++)); do
        [ -n "$fresh" ] && rm -rf "$fresh"
        if [ -n "$renew" ]; then
            [ -d "$renew" ] && mv "$renew" "$(mktemp -u "$renew.XXXXXX")"
            mkdir "$renew"
        fi
        line=$(/usr/bin/time -f "%e %U %S" -o "$tmp/time.out" "$@" >/dev/null && cat "$tmp/time.out")
        if [ -z "$bestline" ] || awk -v a="${line%% *}" -v b="${bestline%% *}" 'BEGIN { exit !(a < b) }'; then bestline=$line; fi
    done
    echo "$bestline"
}
wall() { echo "${1%% *}"; }
cpu() { awk -v l="$1" 'BEGIN { split(l, f, " "); printf "%.2f", f[2] + f[3] }'; }
usersys() { awk -v l="$1" 'BEGIN { split(l, f, " "); printf "%.2f+%.2f", f[2], f[3] }'; }
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
    echo "(MB/s from wall time; CPU = user+sys seconds of the best run; ratio columns: wm/lz4 throughput, lz4/wm CPU)"
    printf '%-6s %-13s %9s %13s %9s %13s %9s %13s %7s\n' level tool "comp MB/s" "comp CPU u+s" "dec MB/s" "dec CPU u+s" "pipe MB/s" "pipe CPU u+s" ratio
    for level in $levels; do
        local n=$reps
        [ "$level" -ge 3 ] && n=1
        local lz="$tmp/lz4.lz4" w="$tmp/wm.lz4"
        local lc wc_ ws ld wd lp wp
        fresh=$lz lc=$(best "$n" lz4 -q -f "-$level" "$input" "$lz")
        fresh=$w ws=$(best "$n" "$wm" compress -q -f --level "$level" "$input" -o "$w")
        fresh=$w wc_=$(best "$n" "$wm" compress -q -f --no-sync --level "$level" "$input" -o "$w")
        # Both decoders read the same (lz4-written) file, into a file and
        # into a pipe (the decoder alone).
        fresh=$tmp/out-lz4 ld=$(best "$reps" lz4 -d -q -f "$lz" "$tmp/out-lz4")
        fresh=$tmp/out-wm wd=$(best "$reps" "$wm" decompress -q -f --no-sync "$lz" -o "$tmp/out-wm")
        cmp -s "$tmp/out-wm" "$input" || echo "MISMATCH: wm decompress output differs from the input" >&2
        lz4 -d -q -c "$w" | cmp -s - "$input" || echo "MISMATCH: lz4 -d of wm's output differs from the input" >&2
        fresh=""
        rm -f "$tmp/out-lz4" "$tmp/out-wm"
        lp=$(best "$reps" sh -c "lz4 -d -c '$lz' | wc -c")
        wp=$(best "$reps" sh -c "'$wm' decompress -q -o - '$lz' | wc -c")
        local lsz wsz
        lsz=$(stat -c %s "$lz")
        wsz=$(stat -c %s "$w")
        row() { printf '%-6s %-13s %9s %13s %9s %13s %9s %13s %7s\n' "$@"; }
        row "$level" lz4 "$(mbps "$size" "$(wall "$lc")")" "$(usersys "$lc")" "$(mbps "$size" "$(wall "$ld")")" "$(usersys "$ld")" "$(mbps "$size" "$(wall "$lp")")" "$(usersys "$lp")" "$(ratio "$lsz" "$size")"
        row "$level" "wm --no-sync" "$(mbps "$size" "$(wall "$wc_")")" "$(usersys "$wc_")" "$(mbps "$size" "$(wall "$wd")")" "$(usersys "$wd")" "$(mbps "$size" "$(wall "$wp")")" "$(usersys "$wp")" "$(ratio "$wsz" "$size")"
        row "$level" "wm (fsync)" "$(mbps "$size" "$(wall "$ws")")" "$(usersys "$ws")" "" "" "" "" ""
        row "$level" "wm/lz4 speed" "$(ratio "$(wall "$lc")" "$(wall "$wc_")")x" "" "$(ratio "$(wall "$ld")" "$(wall "$wd")")x" "" "$(ratio "$(wall "$lp")" "$(wall "$wp")")x" "" ""
        row "$level" "lz4/wm CPU" "" "$(ratio "$(cpu "$lc")" "$(cpu "$wc_")")x" "" "$(ratio "$(cpu "$ld")" "$(cpu "$wd")")x" "" "$(ratio "$(cpu "$lp")" "$(cpu "$wp")")x" ""
        rm -f "$lz" "$w"
    done
}

[ "$many_only" = 1 ] || bench_input "tar of linux-source-6.1 (first ${tar_mb} MB)" "$kernel_tar"
[ "$with_text" != 0 ] && bench_input "text: kernel Documentation (*.rst, *.txt)" "$text"

# Many files: the same set compressed by wm on 1, 2 and all threads, and by
# the lz4 tool (one process with -m, and N processes through xargs -P).
count=$(find "$many" -type f | wc -l)
bytes=$(du -sb "$many" | cut -f1)
cat "$many"/* >/dev/null
echo
echo "== many files: $count kernel .c files, $((bytes / 1048576)) MiB, level 1"
printf '%-36s %9s %10s %10s %12s\n' run "wall s" "MB/s" "speed-up" "CPU u+s"
threads_list="1 2"
[ "$(nproc)" -gt 2 ] && threads_list="1 2 $(nproc)"
t1=""
# The names, expanded once: the timed command is wm itself. (It was a shell
# that also ran mktemp and expanded the 4,000 names, about 15 ms of work no
# thread count shortens, counted in every row.)
names=()
while IFS= read -r -d '' f; do names+=("${f##*/}"); done < <(find "$many" -type f -print0 | sort -z)
for t in $threads_list; do
    # Every run writes into a new folder and outputs are removed only at the
    # end: removing 4000 files is serial work that would pull every thread
    # count's figure towards the same number, and on an ext4 without a
    # journal the inodes just freed make each new file's inode allocation
    # scan past them (recently_deleted: half of the CPU of such a run).
    renew=$tmp/many-$t r=$(cd "$many" && best "$reps" "$wm" compress -q --no-sync --threads "$t" -o "$tmp/many-$t" "${names[@]}")
    secs=$(wall "$r")
    [ -z "$t1" ] && t1=$secs
    printf '%-36s %9s %10s %9sx %12s\n' "wm compress --no-sync --threads $t" "$secs" "$(mbps "$bytes" "$secs")" "$(ratio "$t1" "$secs")" "$(usersys "$r")"
done
renew=""
rm -rf "$tmp"/many-*
copy=$(wall "$(best "$reps" sh -c "rm -rf '$tmp/m' && cp -r '$many' '$tmp/m' && rm -rf '$tmp/m'")")
secs=$(wall "$(best "$reps" sh -c "rm -rf '$tmp/m' && cp -r '$many' '$tmp/m' && cd '$tmp/m' && lz4 -q -1 -m * && rm -rf '$tmp/m'")")
lm=$(awk -v a="$secs" -v b="$copy" 'BEGIN { printf "%.3f", a - b }')
printf '%-36s %9s %10s %9sx\n' "lz4 -m (1 process)" "$lm" "$(mbps "$bytes" "$lm")" "$(ratio "$t1" "$lm")"
p=$(nproc)
per=$(((count + p - 1) / p)) # one batch per process
secs=$(wall "$(best "$reps" sh -c "rm -rf '$tmp/m' && cp -r '$many' '$tmp/m' && cd '$tmp/m' && ls | xargs -P $p -n $per lz4 -q -1 -m && rm -rf '$tmp/m'")")
lp=$(awk -v a="$secs" -v b="$copy" 'BEGIN { printf "%.3f", a - b }')
printf '%-36s %9s %10s %9sx\n' "xargs -P $p lz4 -m" "$lp" "$(mbps "$bytes" "$lp")" "$(ratio "$t1" "$lp")"
echo "(lz4 rows: time minus the copy that gives it fresh inputs, $copy s; speed-up is vs wm on 1 thread)"
echo "(taken on a machine shared with other jobs: compare ratios and CPU, not absolute wall times)"
