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
# (build everything) for the ci stage. BUILD_DIR must be configured (it need
# not be built: in a fresh clone no test executable exists yet, so targets
# come from the test names, not from the commands). A test whose name is no
# target builds the target its name starts with (tst_translations_zh_CN runs
# tst_translations); tests that run no target of ours (Python checks) build
# nothing.
wm_ci_targets() {
    local select
    mapfile -t select < <(wm_ci_select "$1")
    [ ${#select[@]} -gt 0 ] || return 0
    echo wm
    local targets
    targets=$(ninja -C "$2" -t targets all 2>/dev/null | sed -n 's/^\([A-Za-z0-9_.-]*\): phony$/\1/p')
    ctest --test-dir "$2" "${select[@]}" -N | sed -n 's/^ *Test *#[0-9]*: *//p' |
        python3 -c '
import sys
targets = set(sys.argv[1].split())
found = set()
for name in sys.stdin.read().split():
    parts = name.split("_")
    for n in range(len(parts), 0, -1):
        candidate = "_".join(parts[:n])
        if candidate in targets:
            found.add(candidate)
            break
print("\n".join(sorted(found)))' "$targets"
}
