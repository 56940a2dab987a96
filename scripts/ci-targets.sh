# SPDX-FileCopyrightText: 2026 WhiteMagic contributors
# SPDX-License-Identifier: MIT
#
# Sourced by scripts/test.sh and tests/benchmarks/build-cpu-time.sh: which
# tests a CI stage runs and which targets it therefore builds.
#
# Suites labelled "sanitizers-pending" (and, for TSan, "tsan-pending"; both
# lists are in tests/auto/CMakeLists.txt) have not had a clean sanitizer run
# yet: the asan and tsan stages leave them out and build only what they run.

# wm_ci_select PRESET: the ctest label options of the stage (one per line).
wm_ci_select() {
    case "$1" in
    tsan) printf '%s\n' -L threaded -LE "sanitizers-pending|tsan-pending" ;;
    asan) printf '%s\n' -LE sanitizers-pending ;;
    *) ;;
    esac
}

# wm_ci_targets PRESET BUILD_DIR: the targets to build, one per line; none
# (build everything) for the ci stage. BUILD_DIR must be configured. A test's
# target is the executable it runs when that lives in the build tree (so
# tst_translations_zh_CN builds tst_translations; Python checks build none).
wm_ci_targets() {
    local select
    mapfile -t select < <(wm_ci_select "$1")
    [ ${#select[@]} -gt 0 ] || return 0
    echo wm
    ctest --test-dir "$2" "${select[@]}" --show-only=json-v1 |
        python3 -c '
import json, os, sys
build = os.path.realpath(sys.argv[1])
names = set()
for test in json.load(sys.stdin)["tests"]:
    exe = os.path.realpath(test.get("command", [""])[0])
    if exe.startswith(build + os.sep):
        names.add(os.path.basename(exe))
print("\n".join(sorted(names)))' "$2"
}
