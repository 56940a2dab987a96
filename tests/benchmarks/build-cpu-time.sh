#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 WhiteMagic contributors
# SPDX-License-Identifier: MIT
#
# build-cpu-time.sh PRESET [SCRATCH_DIR]: CPU time (user+sys) of a clean build
# of what the CI stage for PRESET builds (scripts/test.sh: everything for ci;
# wm plus the suites the asan/tsan stages run), with no compiler cache, in a
# scratch binary directory (default /var/tmp/wm-build-cpu/PRESET; emptied
# first). CPU time rather than wall time: the figure stays comparable on a
# machine other builds are loading. Prints figures only, never passes/fails.
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
preset=${1:?usage: build-cpu-time.sh ci|asan|tsan [scratch dir]}
dir=${2:-/var/tmp/wm-build-cpu/$preset}
unset CMAKE_CXX_COMPILER_LAUNCHER CMAKE_C_COMPILER_LAUNCHER
export CCACHE_DISABLE=1
export CMAKE_BUILD_PARALLEL_LEVEL=${CMAKE_BUILD_PARALLEL_LEVEL:-$(nproc)}
rm -rf "$dir"
cd "$root"
t=$(mktemp)
trap 'rm -f "$t"' EXIT
/usr/bin/time -v -o "$t" cmake --preset "$preset" -B "$dir" >/dev/null
configure=$(awk -F': ' '/User time|System time/ { s += $2 } END { printf "%.1f", s }' "$t")
# shellcheck source=../../scripts/ci-targets.sh
source "$root/scripts/ci-targets.sh"
mapfile -t targets < <(wm_ci_targets "$preset" "$dir")
# Keep going past a failure to list every error at once (the log is in the
# scratch directory); a failed build's CPU time is no figure.
status=0
/usr/bin/time -v -o "$t" cmake --build "$dir" ${targets[@]:+--target "${targets[@]}"} -- -k 0 \
    >"$dir/build.log" 2>&1 || status=$?
if [ "$status" != 0 ]; then
    grep -E '^FAILED|error:' "$dir/build.log" | head -40 >&2
    echo "build-cpu-time: preset $preset: the build FAILED (log: $dir/build.log)" >&2
    exit 1
fi
read -r user sys wall < <(awk -F': ' '/User time/ { u = $2 } /System time/ { s = $2 }
    /Elapsed \(wall clock\)/ { w = $2 } END { print u, s, w }' "$t")
printf 'build-cpu-time: preset %s, %s targets: configure %s s CPU; build user %s s + sys %s s = %.1f s CPU (wall %s, load %s)\n' \
    "$preset" "${#targets[@]}" "$configure" "$user" "$sys" "$(echo "$user + $sys" | bc)" "$wall" \
    "$(cut -d' ' -f1-3 /proc/loadavg)"
