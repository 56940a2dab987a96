#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 WhiteMagic contributors
# SPDX-License-Identifier: MIT
#
# check-no-syntax.sh [BUILD_DIR]: the plain-text preview fallback
# (-DWM_WITH_KSYNTAXHIGHLIGHTING=OFF, for systems without KSyntaxHighlighting)
# still compiles. Cheap enough for every CI run: it configures without tests
# or unity build and compiles only the object files of whitemagic-ui that
# read WM_HAVE_KSYNTAXHIGHLIGHTING, directly or through the headers that do
# (found by grep, so a new user of the switch is covered).
# AUTOGEN_ORIGIN_DEPENDS off and OPTIMIZE_DEPENDENCIES on: otherwise those
# objects wait for every core library to be built (about 90 compiles that
# the ci stage has just done), when they need only whitemagic-ui's moc.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
build=${1:-$root/build/ci-nosyntax}
cd "$root"
out=$(cmake --preset ci -B "$build" -DWM_WITH_KSYNTAXHIGHLIGHTING=OFF -DWM_BUILD_TESTS=OFF \
    -DCMAKE_UNITY_BUILD=OFF -DWM_PRECOMPILE_HEADERS=OFF -DCMAKE_AUTOGEN_ORIGIN_DEPENDS=OFF \
    -DCMAKE_OPTIMIZE_DEPENDENCIES=ON)
grep -q 'Preview syntax colouring: plain-text fallback' <<<"$out" ||
    { echo "check-no-syntax: the configure did not pick the fallback" >&2; exit 1; }
# Headers that see the switch, closed over "who includes them".
pattern='WM_HAVE_KSYNTAXHIGHLIGHTING'
while :; do
    mapfile -t headers < <(grep -rlE "$pattern" ui --include='*.h' | xargs -r -n1 basename | sort -u)
    next='WM_HAVE_KSYNTAXHIGHLIGHTING'
    for h in "${headers[@]}"; do next+="|[/\"]${h//./\\.}\""; done
    [ "$next" = "$pattern" ] && break
    pattern=$next
done
mapfile -t users < <(grep -rlE "$pattern" ui --include='*.cpp' | sort)
objects=()
for f in "${users[@]}"; do objects+=("ui/CMakeFiles/whitemagic-ui.dir/${f#ui/}.o"); done
echo "check-no-syntax: compiling ${#users[@]} file(s) without KSyntaxHighlighting: ${users[*]}"
cmake --build "$build" --target "${objects[@]}"
echo "check-no-syntax: the plain-text fallback compiles"
