#!/usr/bin/env bash
# Builds and runs the whole test suite through CTest.
#   scripts/test.sh          optimised build, warnings as errors
#   scripts/test.sh asan     AddressSanitizer + UndefinedBehaviorSanitizer
#   scripts/test.sh tsan     ThreadSanitizer (clang) on the suites labelled "threaded"
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
preset=${1:-ci}
"$root/scripts/setup.sh"
cd "$root"
cmake --preset "$preset" >/dev/null
if [ "$preset" = tsan ]; then
    # Only the threaded suites run under TSan, so only they are built.
    mapfile -t targets < <(ctest --preset tsan -L threaded -N 2>/dev/null | sed -n 's/^ *Test *#[0-9]*: *//p')
    cmake --build --preset "$preset" --target wm "${targets[@]}"
    ctest --preset "$preset" -j "$(nproc)" -L threaded
else
    cmake --build --preset "$preset"
    ctest --preset "$preset" -j "$(nproc)"
fi
