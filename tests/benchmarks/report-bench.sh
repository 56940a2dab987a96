#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 WhiteMagic contributors
# SPDX-License-Identifier: MIT
#
# The report map (issue 16): budgeted Markdown reports of four trees at five
# budgets. For each: size, WhiteMagic's token estimate, the real token counts
# of two BPE tokenizers (o200k, cl100k via the npm package gpt-tokenizer, a
# benchmark-only dependency installed into tests/benchmarks/tokenizer), the
# error of the estimate, and whether every top-level folder is named.
# Prints figures; never passes or fails on them.
#
#   tests/benchmarks/report-bench.sh [WM_BINARY]
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
repo=$(cd "$here/../.." && pwd)
wm=${1:-$repo/build/ci/app/wm/wm}
tok=$here/tokenizer
if [ ! -d "$tok/node_modules/gpt-tokenizer" ]; then
    (cd "$tok" && npm install --no-audit --no-fund >/dev/null)
fi
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
# WM_BENCH_TREES="dir ..." overrides the four trees.
read -r -a trees <<<"${WM_BENCH_TREES:-/var/tmp/wm-corpora/linux-source-6.1 /usr/include $repo /usr/lib/python3/dist-packages}"
budgets=(300 400 1000 4000 20000)
printf '%-32s %6s %7s %6s %6s %6s %7s %7s %s\n' tree budget bytes est o200k cl100k err-o200k err-cl100k "top folders named"
for tree in "${trees[@]}"; do
    [ -d "$tree" ] || { echo "missing $tree"; continue; }
    tops=$(find "$tree" -mindepth 1 -maxdepth 1 -type d ! -name '.*' -printf '%f\n' | sort)
    for b in "${budgets[@]}"; do
        f=$out/$(basename "$tree")-$b.md
        if ! "$wm" audit "$tree" --budget "$b" -q -o "$f" 2>"$out/err"; then
            if grep -q 'cannot be met' "$out/err"; then
                printf '%-32s %6s usage error: %s\n' "$(basename "$tree")" "$b" \
                    "$(grep -o 'give --budget [0-9]* or more' "$out/err")"
                continue
            fi
        fi
        bytes=$(wc -c <"$f")
        est=$(sed -n 's/^_This report: about \([0-9,]*\) tokens._$/\1/p' "$f" | tr -d ,)
        read -r o200k cl100k < <(node "$tok/count.mjs" "$f")
        total=$(printf '%s\n' "$tops" | grep -c . || true)
        named=0
        while read -r t; do
            # `name/` in lines, "name/" in the inline list of the tightest form.
            [ -n "$t" ] && { grep -qF "\`$t/\`" "$f" || grep -qE "(: |, )$t/( |,|\$)" "$f"; } &&
                named=$((named + 1))
        done <<<"$tops"
        printf '%-32s %6s %7s %6s %6s %6s %+6.1f%% %+6.1f%% %s/%s\n' "$(basename "$tree")" "$b" "$bytes" \
            "$est" "$o200k" "$cl100k" "$(echo "100*($est-$o200k)/$o200k" | bc -l)" \
            "$(echo "100*($est-$cl100k)/$cl100k" | bc -l)" "$named" "$total"
        [ "$(basename "$tree")" = linux-source-6.1 ] && [ "$b" = 400 ] && cp "$f" "$repo/build/report-bench-kernel-400.md"
    done
done
echo "(the 400-token kernel report: build/report-bench-kernel-400.md)"
