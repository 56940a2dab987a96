#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 WhiteMagic contributors
# SPDX-License-Identifier: MIT
#
# check-all.sh [BUILD_DIR]: every install path, checked on an existing, built
# tree (default build/ci, as scripts/test.sh leaves it; nothing is rebuilt):
#   desktop file and metainfo (validators), REUSE licensing, the Flatpak
#   manifest, the .deb (build, apt-get install, run, validate, remove), the
#   AppDir (build, prove self-contained, run AppRun --version).
# .ci/run calls it after scripts/test.sh. Needs root or sudo for the .deb.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
build=${1:-$root/build/ci}
app_id=org.whitemagic.WhiteMagic
[ -f "$build/CMakeCache.txt" ] && [ -x "$build/app/wm/wm" ] ||
    { echo "check-all: $build is not a built tree; run scripts/test.sh first" >&2; exit 1; }
version=$(sed -n 's/^CMAKE_PROJECT_VERSION:STATIC=//p' "$build/CMakeCache.txt")
total=$SECONDS
step() {
    local name=$1 t=$SECONDS
    shift
    echo "== $name"
    "$@"
    echo "== $name: $((SECONDS - t)) s"
}
step "desktop file" "$root/packaging/check-desktop.sh" "$root/resources/$app_id.desktop"
step "metainfo" "$root/packaging/check-metainfo.sh" "$root/resources/$app_id.metainfo.xml" "$version"
step "REUSE licensing" bash -c "command -v reuse >/dev/null || { echo 'reuse missing (Debian: reuse)' >&2; exit 1; }
    cd '$root' && reuse lint -q 2>/dev/null || { reuse lint | tail -20; exit 1; }; echo 'reuse lint: compliant'"
step "Flatpak manifest" python3 "$root/packaging/flatpak/check-manifest.py"
step ".deb" "$root/packaging/deb/check-deb.sh" "$build"
step "AppDir" bash -c "'$root/packaging/appimage/build-appdir.sh' '$build' '$build/AppDir' &&
    '$root/packaging/appimage/check-appdir.sh' '$build/AppDir'"
echo "check-all: every install path OK in $((SECONDS - total)) s"
