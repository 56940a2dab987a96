#!/usr/bin/env bash
# Screenshots of the desktop app at 1280x800 under Xvfb (xvfb-run from
# Debian's xvfb package): one while the audit streams in, one after it.
# Look at them (and fix what looks wrong) before a release.
#   tests/gui/screenshots.sh [DIR] [OUTDIR]
# DIR defaults to the Linux source tree of the benchmarks (large enough for
# a mid-scan shot), else /usr/include; OUTDIR to build/screenshots.
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
XDG_CONFIG_HOME="$config" xvfb-run -a -s "-screen 0 1280x800x24" \
    "$build/app/whitemagic/whitemagic" "${flags[@]}" --screenshot "$out/whitemagic" "$dir"
ls -l "$out"/whitemagic-scanning.png "$out"/whitemagic-done.png
