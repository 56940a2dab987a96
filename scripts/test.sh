#!/usr/bin/env bash
# Builds and runs the whole test suite through CTest.
#   scripts/test.sh          optimised build, warnings as errors
#   scripts/test.sh asan     AddressSanitizer + UndefinedBehaviorSanitizer
#   scripts/test.sh tsan     ThreadSanitizer (clang) on the threaded engines
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
preset=${1:-ci}
"$root/scripts/setup.sh"
cd "$root"
cmake --preset "$preset" >/dev/null
cmake --build --preset "$preset"
filter=()
if [ "$preset" = tsan ]; then filter=(-L threaded); fi
ctest --preset "$preset" -j "$(nproc)" "${filter[@]}"
