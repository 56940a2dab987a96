#!/usr/bin/env bash
# Quick start: install what is missing, build, and audit a folder (this
# repository when none is given), printing the Markdown report.
#   scripts/run.sh [DIR] [wm audit options...]
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
"$root/scripts/setup.sh"
cmake --preset release -S "$root" >/dev/null
cmake --build "$root/build/release" --target wm >/dev/null
if [ "$#" -eq 0 ]; then set -- "$root"; fi
exec "$root/build/release/app/wm/wm" audit "$@"
