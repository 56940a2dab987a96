#!/usr/bin/env bash
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
# Suites labelled "sanitizers-pending" (and, for TSan, "tsan-pending"; both
# lists are in tests/auto/CMakeLists.txt) have not had a clean sanitizer run
# yet: the asan and tsan stages leave them out and build only what they run.
case "$preset" in
tsan) select=(-L threaded -LE "sanitizers-pending|tsan-pending") ;;
asan) select=(-LE sanitizers-pending) ;;
*) select=() ;;
esac
if [ ${#select[@]} -gt 0 ]; then
    mapfile -t targets < <(ctest --preset "$preset" "${select[@]}" -N 2>/dev/null |
        sed -n 's/^ *Test *#[0-9]*: *//p' | grep -v -E '^(include_graph|desktop_file|metainfo|i18n_complete)' || true)
    cmake --build --preset "$preset" --target wm "${targets[@]}"
    ctest --preset "$preset" -j "$(nproc)" "${select[@]}"
else
    cmake --build --preset "$preset"
    ctest --preset "$preset" -j "$(nproc)"
fi
