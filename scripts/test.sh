#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 WhiteMagic contributors
# SPDX-License-Identifier: MIT
#
# Builds and runs the whole test suite through CTest.
#   scripts/test.sh          optimised build, warnings as errors
#   scripts/test.sh asan     AddressSanitizer + UndefinedBehaviorSanitizer
#   scripts/test.sh tsan     ThreadSanitizer (clang) on the suites labelled "threaded"
# (the sanitizer stages leave out suites labelled "sanitizers-pending")
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
preset=${1:-ci}
"$root/scripts/setup.sh"
cd "$root"
cmake --preset "$preset" >/dev/null
source "$root/scripts/ci-targets.sh"
mapfile -t select < <(wm_ci_select "$preset")
if [ ${#select[@]} -gt 0 ]; then
    mapfile -t targets < <(wm_ci_targets "$preset" "build/$preset")
    cmake --build --preset "$preset" --target "${targets[@]}"
    ctest --preset "$preset" -j "$(nproc)" "${select[@]}"
else
    cmake --build --preset "$preset"
    ctest --preset "$preset" -j "$(nproc)"
fi
