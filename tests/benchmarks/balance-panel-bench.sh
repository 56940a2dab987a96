#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 WhiteMagic contributors
# SPDX-License-Identifier: MIT
#
# Balance panel benchmark: CPU time the panel uses on the GUI thread while an
# audit of the Linux 6.1 source tree (Debian's linux-source-6.1) runs, over
# a 10 s window, offscreen; then 2 s of idle after the run (paints and CPU
# should be zero). Prints the JSON of wm-balance-bench; never pass/fail.
#   tests/benchmarks/balance-panel-bench.sh [SECONDS] [-- extra bench options]
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
corpora=${WM_CORPORA:-/var/tmp/wm-corpora}
seconds=${1:-10}
"$root/scripts/setup.sh" linux-source-6.1 xz-utils
kernel="$corpora/linux-source-6.1"
if [ ! -d "$kernel" ]; then
    mkdir -p "$corpora"
    echo "extracting linux-source-6.1 into $corpora ..." >&2
    tar -xf /usr/src/linux-source-6.1.tar.xz -C "$corpora"
fi
cd "$root"
cmake --preset release >/dev/null
cmake --build build/release --target wm-balance-bench >/dev/null
shift || true
[ "${1:-}" = "--" ] && shift
QT_QPA_PLATFORM=offscreen build/release/tests/benchmarks/balance/wm-balance-bench \
    "$kernel" --seconds "$seconds" "$@"
