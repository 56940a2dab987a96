#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 WhiteMagic contributors
# SPDX-License-Identifier: MIT
#
# Screenshots of the desktop app at 1280x800 under Xvfb (xvfb-run from
# Debian's xvfb package): one while the audit streams in, one after it.
# Look at them (and fix what looks wrong) before a release.
#   tests/gui/screenshots.sh [DIR] [OUTDIR]
# DIR defaults to the Linux source tree of the benchmarks (large enough for
# a mid-scan shot), else /usr/include; OUTDIR to build/screenshots.
# WM_LANGUAGE=de or zh_CN: the window in that language (the Settings
# choice, written into the clean configuration), saved as
# whitemagic-scanning-LANG.png and whitemagic-done-LANG.png; the Chinese
# one needs Debian's fonts-noto-cjk (in scripts/deps-debian.txt).
# Then the Near-duplicates and Consolidation views on a memory folder that
# tests/data/gen-memory-store.py generates (fixed seed, dated today so the
# plan's ages read naturally), light and dark, and after Apply:
# whitemagic[-LANG]-near-duplicates[-dark].png,
# whitemagic[-LANG]-consolidation[-dark].png and
# whitemagic[-LANG]-consolidation-applied.png.
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
corpora=${WM_CORPORA:-/var/tmp/wm-corpora}
build=${WM_BUILD_DIR:-$root/build/release}
"$root/scripts/setup.sh"
if [ ! -f "$build/CMakeCache.txt" ]; then cmake --preset release -S "$root" >/dev/null; fi
cmake --build "$build" --target whitemagic >/dev/null
dir=${1:-}
flags=()
if [ -z "$dir" ]; then
    dir=/usr/include
    if [ -d "$corpora/linux-source-6.1" ]; then
        # Debian's kernel tree has a .gitignore ending in "/*" (see gui-bench.sh).
        dir="$corpora/linux-source-6.1"
        flags=(--no-ignore)
    fi
fi
out=${2:-$root/build/screenshots}
mkdir -p "$out"
# A clean configuration: saved column widths must not change the pictures.
config=$(mktemp -d)
trap 'rm -rf "$config"' EXIT
lang=${WM_LANGUAGE:-}
prefix="$out/whitemagic"
if [ -n "$lang" ]; then
    mkdir -p "$config/WhiteMagic"
    printf '[ui]\nlanguage=%s\n' "$lang" >"$config/WhiteMagic/WhiteMagic.conf"
    prefix="$out/whitemagic-$lang"
fi
XDG_CONFIG_HOME="$config" xvfb-run -a -s "-screen 0 1280x800x24" \
    "$build/app/whitemagic/whitemagic" "${flags[@]}" --screenshot "$prefix" "$dir"
memdir="$config/memory-store" # removed with the configuration
python3 "$root/tests/data/gen-memory-store.py" "$memdir" --notes 120 --layout store \
    --seed 14 --near-rate 0.15 --exact-rate 0.03 --malformed-rate 0.02 --edit-max 0.03 \
    --now "$(date -u +%Y-%m-%dT%H:%M:%S)" >/dev/null
XDG_CONFIG_HOME="$config" xvfb-run -a -s "-screen 0 1280x800x24" \
    "$build/app/whitemagic/whitemagic" --screenshot-views "$prefix" "$memdir"
ls -l "$prefix"-near-duplicates*.png "$prefix"-consolidation*.png
if [ -n "$lang" ]; then
    for shot in scanning done; do
        mv "$prefix-$shot.png" "$out/whitemagic-$shot-$lang.png"
    done
    ls -l "$out/whitemagic-scanning-$lang.png" "$out/whitemagic-done-$lang.png"
else
    ls -l "$out"/whitemagic-scanning.png "$out"/whitemagic-done.png
fi
