#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 WhiteMagic contributors
# SPDX-License-Identifier: MIT
#
# Quick start: install what is missing, build, and open the desktop app on a
# folder (the current one when none is given).
#   scripts/run.sh [DIR]                   the app, auditing DIR
#   scripts/run.sh wm audit [DIR] [...]    the command-line tool instead
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
"$root/scripts/setup.sh"
cmake --preset release -S "$root" >/dev/null
if [ "${1:-}" = "wm" ]; then
    shift
    cmake --build "$root/build/release" --target wm >/dev/null
    exec "$root/build/release/app/wm/wm" "$@"
fi
cmake --build "$root/build/release" --target whitemagic wm >/dev/null
if [ "$#" -eq 0 ]; then set -- "$PWD"; fi
exec "$root/build/release/app/whitemagic/whitemagic" "$@"
