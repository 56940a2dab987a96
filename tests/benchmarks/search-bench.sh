#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 WhiteMagic contributors
# SPDX-License-Identifier: MIT
#
# Full-text search benchmark on the Linux kernel source tree. Prints, in
# one run and as ratios against references measured in the same run:
#   - wm index: time and size, against the sqlite3 shell bulk-loading the
#     same files (same list, same text cap) into the same FTS tables. wm
#     stores each file's text as an LZ4 frame (core/search/BodyCodec.h),
#     which the shell cannot make: the shell's bodies are plain text (the
#     layout of index format 1), its FTS tables are wm's own statements,
#     so both build the same full-text index and the size ratio is what
#     the compression saves;
#   - the substring (trigram) index: wm index --substring on that index,
#     against the sqlite3 shell filling the same trigram table;
#   - query latency over 100 queries (50 words, 25 phrases, 25 prefixes):
#     wm search's engine time with the index open (warm: the 5th run of the
#     query in one process) and for a fresh process (cold), the whole wm
#     process, against rg -l -i -w with the equivalent pattern; and how many
#     queries find the same number of files as rg.
# Figures only: nothing here passes or fails on time.
#
# Usage: tests/benchmarks/search-bench.sh
#   WM=path/to/wm (default build/release/app/wm/wm)
#   WM_CORPORA=dir (default /var/tmp/wm-corpora; the kernel is extracted there if missing)
#   WM_BENCH_DIR=dir for the databases (default: a fresh dir under /var/tmp, removed at the end)
#   WM_BENCH_QUERIES=N to run only the first N queries (default 100)
#   WM_BENCH_REUSE=1 with WM_BENCH_DIR: keep the index already built there
#     and time the queries only (iterating on the query path; the kernel
#     index takes minutes to build)
#
# The kernel tarball's .gitignore (Debian packaging) ignores everything at
# its top level, and rg only honours .gitignore inside git repositories;
# both tools therefore run with --no-ignore (hidden files stay skipped).
set -euo pipefail

root=$(cd "$(dirname "$0")/../.." && pwd)
# setup.sh only when a tool is missing (it also checks the vendored builds).
command -v sqlite3 >/dev/null && command -v rg >/dev/null || "$root/scripts/setup.sh" sqlite3 ripgrep

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

cleanup=0
work=${WM_BENCH_DIR:-}
if [ -z "$work" ]; then
    work=$(mktemp -d /var/tmp/wm-search-bench.XXXXXX)
    cleanup=1
fi
mkdir -p "$work"
db=$work/wm.db
shelldb=$work/shell.db
[ "$cleanup" = 1 ] && trap 'rm -rf "$work"' EXIT
reuse=0
if [ "${WM_BENCH_REUSE:-0}" = 1 ]; then
    if [ -f "$db" ]; then reuse=1; else echo "WM_BENCH_REUSE=1 but no index at $db: building it" >&2; fi
fi

# Bash's own clock: no `date` process inside the timed interval (that
# would add a millisecond or two to a whole wm search process).
LC_NUMERIC=C
now() { echo "$EPOCHREALTIME"; }
# CPU seconds (user + system) of a command, from /usr/bin/time: the machine
# may be shared, and wall time then measures the other load as well.
cpu_of() { awk '{ printf "%.1f", $1 + $2 }' "$1"; }
secs() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", b - a }'; }
ms() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.1f\n", (b - a) * 1000 }'; }
bytes() { local t=0; for f in "$@"; do [ -f "$f" ] && t=$((t + $(stat -c %s "$f"))); done; echo $t; }
mib() { awk -v a="$1" 'BEGIN { printf "%.1f MiB", a / 1048576 }'; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", a / b }'; }
# p-th percentile (nearest rank) of the numbers on stdin
pct() { sort -g | awk -v p="$1" '{ v[NR] = $1 } END { i = int((p / 100) * NR + 0.999999); if (i < 1) i = 1; if (i > NR) i = NR; print v[i] }'; }
mean() { awk '{ s += $1 } END { printf "%.1f", s / NR }'; }

echo "search benchmark: $corpus" >&2
echo "warming the page cache ..." >&2
rg --no-config --no-ignore -l -i -w zzzzqqqxnotaword "$corpus" >/dev/null || true

if [ "$reuse" = 0 ]; then
# 1. wm index, from nothing (built in a staging file without a WAL, then
# published: SearchIndex::OpenOptions::stageNew).
rm -f "$db" "$db-wal" "$db-shm"
t0=$(now)
/usr/bin/time -f "%U %S %M" -o "$work/index.time" "$wm" index "$corpus" --no-ignore --db "$db" -q >"$work/index.out"
t1=$(now)
wm_index_cpu=$(cpu_of "$work/index.time")
wm_index_rss=$(awk '{ printf "%.0f MiB", $3 / 1024 }' "$work/index.time")
wm_index=$(secs "$t0" "$t1")
wm_size=$(bytes "$db" "$db-wal")
cap=$(( 4 * 1024 * 1024 ))

# 2. The sqlite3 shell loads the same files into the same FTS tables: the
# meta, docs, fts and tri tables as wm made them, the file list and its
# metadata copied from wm's index, the text read by readfile() and capped
# like wm caps it, all in one transaction in the shell's default (rollback)
# journal mode, which writes each page once (wm's first index is staged the
# same way). The shell has no wm_body() to decompress with, so its bodies
# are plain text and its views (same names, so the same FTS statements
# work) read them directly: the full-text index is the same, the bodies
# are what wm compresses.
rm -f "$shelldb" "$shelldb-wal" "$shelldb-shm"
{
    echo "PRAGMA cache_size=-65536; PRAGMA temp_store=MEMORY;"
    echo "BEGIN;"
    sqlite3 "$db" "SELECT sql || ';' FROM sqlite_master WHERE name IN ('meta','docs') ORDER BY rowid"
    echo "CREATE TABLE bodies(id INTEGER PRIMARY KEY, content TEXT NOT NULL);"
    echo "CREATE VIEW bodytext AS SELECT id, content FROM bodies;"
    echo "CREATE VIEW docview AS SELECT d.id AS id, d.path AS path, d.name AS name, d.ext AS ext, d.title AS title, d.tags AS tags, b.content AS content FROM docs AS d JOIN bodies AS b ON b.id = d.id;"
    sqlite3 "$db" "SELECT sql || ';' FROM sqlite_master WHERE name IN ('fts','tri') ORDER BY rowid"
    echo "ATTACH '$db' AS src;"
    echo "INSERT INTO docs SELECT * FROM src.docs WHERE state < 2;"
    # (substr() of an empty blob is NULL: empty files become empty text.)
    echo "INSERT INTO bodies(id, content) SELECT id, coalesce(CAST(substr(readfile('$corpus/' || CAST(key AS TEXT)), 1, $cap) AS TEXT), '') FROM docs;"
    echo "INSERT INTO fts(rowid, path, name, ext, title, tags, content) SELECT id, path, name, ext, title, tags, content FROM docview;"
    echo "COMMIT;"
    echo "DETACH src;"
} >"$work/load.sql"
t0=$(now)
/usr/bin/time -f "%U %S" -o "$work/shell.time" sqlite3 "$shelldb" <"$work/load.sql" >/dev/null
t1=$(now)
shell_index_cpu=$(cpu_of "$work/shell.time")
shell_index=$(secs "$t0" "$t1")
shell_size=$(bytes "$shelldb" "$shelldb-wal")
shell_files=$(sqlite3 "$shelldb" "SELECT count(*) FROM bodies")

# 3. The substring index on top: wm builds it from its stored text; the
# shell fills the same trigram table from its own.
t0=$(now)
"$wm" index "$corpus" --no-ignore --db "$db" --substring -q >/dev/null
t1=$(now)
wm_tri=$(secs "$t0" "$t1")
wm_tri_size=$(bytes "$db" "$db-wal")
t0=$(now)
sqlite3 "$shelldb" "PRAGMA cache_size=-65536; INSERT INTO tri(rowid, content) SELECT id, content FROM bodies;"
t1=$(now)
shell_tri=$(secs "$t0" "$t1")
fi
files=$(sqlite3 "$db" "SELECT count(*) FROM docs WHERE state < 2")
skipped=$(sqlite3 "$db" "SELECT count(*) FROM docs WHERE state = 2")
# The text's size from the shell's plain bodies (wm's are compressed).
text_bytes=0
[ -f "$shelldb" ] && text_bytes=$(sqlite3 "$shelldb" "SELECT sum(length(CAST(content AS BLOB))) FROM bodies")

# 4. Queries: words, phrases, prefixes, restricted to the text (content:)
# as rg only sees the text. rg gets the same word boundaries: a phrase is
# the words with only non-word characters between them (on one line: rg's
# multiline mode is too slow to time here, so phrases across a line break
# are found by wm only and phrases are left out of the file-count check).
words=(mutex spinlock kmalloc kfree printk jiffies schedule workqueue tasklet irq
       interrupt dma mmap vmalloc slab rcu semaphore atomic bitmap netdev
       skb ethtool pci usb bluetooth ext4 btrfs xfs nfs inode
       dentry superblock ioctl sysfs debugfs procfs cgroup namespace seccomp bpf
       kprobe ftrace perf tracepoint watchdog hrtimer clocksource cpufreq thermal firmware)
phrases=("page fault" "memory barrier" "race condition" "reference count" "device tree"
         "interrupt handler" "spin lock" "dead lock" "use after free" "null pointer"
         "buffer overflow" "error code" "return value" "file system" "network device"
         "power management" "hot plug" "wait queue" "work queue" "ring buffer"
         "page table" "virtual memory" "block device" "char device" "kernel panic")
prefixes=(sched mutex_ spin_lock kmalloc dma_ pci_ usb_ netif_ skb_ ext4_
          btrfs_ rcu_ atomic_ list_ copy_from irq_ of_ clk_ regulator_ gpio
          i2c_ drm_ snd_ xfs_ bpf_)

queries=() patterns=() kinds=()
for w in "${words[@]}"; do queries+=("content:$w"); patterns+=("$w"); kinds+=(word); done
for p in "${phrases[@]}"; do queries+=("content:\"$p\""); patterns+=("${p// /\\W+}"); kinds+=(phrase); done
for p in "${prefixes[@]}"; do queries+=("content:$p*"); patterns+=("$p\\w*"); kinds+=(prefix); done
n=${WM_BENCH_QUERIES:-${#queries[@]}}

: >"$work/cold.ms"; : >"$work/warm.ms"; : >"$work/warm.q"; : >"$work/process.ms"; : >"$work/rg.ms"
rm -f "$work/differs.txt"
load_before=$(cut -d' ' -f1-3 /proc/loadavg)
agree=0 compared=0 wm_phrase=0 rg_phrase=0
for ((i = 0; i < n; i++)); do
    q=${queries[$i]}
    t0=$EPOCHREALTIME
    "$wm" search "$corpus" "$q" --db "$db" --no-update --limit 20 --json --timing -q >"$work/q.json" 2>"$work/q.err"
    t1=$EPOCHREALTIME
    ms "$t0" "$t1" >>"$work/process.ms"
    sed -n 's/^query: \([0-9.]*\) ms$/\1/p' "$work/q.err" >>"$work/cold.ms"
    # The same query again and again in one process: SQLite's page cache
    # and the memory map warm, as in a front end that keeps the index open.
    "$wm" search "$corpus" "$q" --db "$db" --no-update --limit 20 --timing --repeat 5 -q 2>&1 >/dev/null |
        sed -n 's/^query: \([0-9.]*\) ms$/\1/p' | tail -1 >"$work/q.warm"
    cat "$work/q.warm" >>"$work/warm.ms"
    echo "$(cat "$work/q.warm") $q" >>"$work/warm.q"
    total=$(sed -n 's/^    "total": \([0-9]*\),*$/\1/p' "$work/q.json")
    t0=$EPOCHREALTIME
    rgn=$({ rg --no-config --no-ignore -l -i -w -e "${patterns[$i]}" "$corpus" || true; } | wc -l)
    t1=$EPOCHREALTIME
    ms "$t0" "$t1" >>"$work/rg.ms"
    if [ "${kinds[$i]}" = phrase ]; then
        wm_phrase=$((wm_phrase + total)); rg_phrase=$((rg_phrase + rgn))
    else
        compared=$((compared + 1))
        if [ "$total" = "$rgn" ]; then agree=$((agree + 1)); else echo "  differs: $q: wm $total, rg $rgn" >>"$work/differs.txt"; fi
    fi
done

wm_files=$(find "$corpus" -type f -not -path '*/.*' | wc -l)
echo
echo "WhiteMagic search benchmark — $(basename "$corpus"), $(nproc) cores, $(date -u +%Y-%m-%d)"
echo "corpus: $wm_files files seen, $files indexed ($(mib "$text_bytes") of text), $skipped binary"
echo
if [ "$reuse" = 1 ]; then
    echo "indexing: not timed (WM_BENCH_REUSE=1: the index already in $work)"
else
    printf '%-44s %10s %10s %12s\n' "indexing" "wall" "CPU" "size"
    printf '%-44s %9.1fs %9.1fs %12s\n' "wm index (from nothing; peak $wm_index_rss)" "$wm_index" "$wm_index_cpu" "$(mib "$wm_size")"
    printf '%-44s %9.1fs %9.1fs %12s\n' "sqlite3 shell bulk load ($shell_files files)" "$shell_index" "$shell_index_cpu" "$(mib "$shell_size")"
    printf '%-44s %10s\n' "ratio wm / shell, wall (target <= 1.0)" "$(ratio "$wm_index" "$shell_index")"
    printf '%-44s %10s\n' "ratio wm / shell, CPU (wm uses both cores)" "$(ratio "$wm_index_cpu" "$shell_index_cpu")"
    printf '%-44s %10s\n' "ratio wm / shell, size (LZ4 bodies vs plain)" "$(ratio "$wm_size" "$shell_size")"
    printf '%-44s %9.1fs %12s\n' "wm index --substring (trigram, added)" "$wm_tri" "$(mib "$wm_tri_size")"
    printf '%-44s %9.1fs\n' "sqlite3 shell, same trigram table" "$shell_tri"
    printf '%-44s %10s\n' "ratio wm / shell" "$(ratio "$wm_tri" "$shell_tri")"
    shell_tri_size=$(bytes "$shelldb" "$shelldb-wal")
    printf '%-44s %12s %12s\n' "size with the trigram index: wm, shell" "$(mib "$wm_tri_size")" "$(mib "$shell_tri_size")"
    printf '%-44s %10s\n' "ratio wm / shell, size with trigrams" "$(ratio "$wm_tri_size" "$shell_tri_size")"
fi
echo
printf '%-44s %10s %10s %10s\n' "query latency ($n queries), ms" "p50" "p95" "mean"
for kind in warm cold process rg; do
    case $kind in
    warm) label="wm search, engine, index open (warm)" ;;
    cold) label="wm search, engine, first query (cold)" ;;
    process) label="wm search, whole process" ;;
    rg) label="rg -l -i -w, whole process" ;;
    esac
    printf '%-44s %10s %10s %10s\n' "$label" "$(pct 50 <"$work/$kind.ms")" "$(pct 95 <"$work/$kind.ms")" "$(mean <"$work/$kind.ms")"
done
echo "load average: $load_before before the queries, $(cut -d' ' -f1-3 /proc/loadavg) after"
warm_p95=$(pct 95 <"$work/warm.ms")
printf '%-44s %10s\n' "engine p95 / 10 ms target (<= 1.0)" "$(ratio "$warm_p95" 10)"
printf '%-44s %10s\n' "rg / wm process, p50 (target >= 50)" "$(ratio "$(pct 50 <"$work/rg.ms")" "$(pct 50 <"$work/process.ms")")"
echo "slowest queries, engine with the index open (ms):"
sort -g -r "$work/warm.q" | head -5 | sed 's/^/  /'
echo
echo "words and prefixes finding the same number of files as rg: $agree of $compared"
echo "phrases: wm $wm_phrase files in all, rg $rg_phrase (rg without multiline mode: phrases within a line)"
[ -f "$work/differs.txt" ] && cat "$work/differs.txt"
echo "(wm indexes the first 4 MiB of each file and repairs invalid UTF-8; rg reads everything as bytes)"
