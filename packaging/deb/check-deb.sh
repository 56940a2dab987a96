#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 WhiteMagic contributors
# SPDX-License-Identifier: MIT
#
# check-deb.sh [BUILD_DIR]: builds the .deb from an existing, built tree
# (default build/ci; nothing is recompiled), installs it with
# `apt-get install ./whitemagic_*.deb`, runs the installed programs,
# validates the installed desktop and metainfo files, then removes the
# package. Needs root (or sudo) and a machine where the package is not
# installed already (CI). The .deb stays in BUILD_DIR/packages.
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
build=$(cd "${1:-$root/build/ci}" && pwd)
app_id=org.whitemagic.WhiteMagic
version=$(sed -n 's/^CMAKE_PROJECT_VERSION:STATIC=//p' "$build/CMakeCache.txt")
say() { echo "check-deb: $*"; }
fail() { echo "check-deb: FAIL: $*" >&2; exit 1; }
sudo=""
[ "$(id -u)" -eq 0 ] || sudo="sudo"

[ -f "$build/CPackConfig.cmake" ] || fail "$build is not a configured build tree"
if dpkg-query -W -f='${Status}' whitemagic 2>/dev/null | grep -q "install ok installed"; then
    fail "whitemagic is installed already; this check installs and removes it (remove it first)"
fi

# --- build -----------------------------------------------------------------
start=$SECONDS
out=$build/packages
rm -rf "$out" && mkdir -p "$out"
(cd "$build" && cpack -G DEB -B "$out" >"$out/cpack.log" 2>&1) ||
    { tail -30 "$out/cpack.log" >&2; fail "cpack"; }
debs=("$out"/whitemagic_*.deb)
[ ${#debs[@]} -eq 1 ] && [ -f "${debs[0]}" ] || fail "expected one whitemagic_*.deb in $out"
deb=${debs[0]}
say "built $(basename "$deb") ($(du -k "$deb" | cut -f1) KiB) in $((SECONDS - start)) s"

# --- contents --------------------------------------------------------------
dpkg-deb -f "$deb" Package Version Section Depends | sed 's/^/  /'
[ "$(dpkg-deb -f "$deb" Version)" = "$version" ] || fail "package version is not $version"
depends=$(dpkg-deb -f "$deb" Depends)
for want in libc6 libqt6core6 qt6-qpa-plugins; do
    [[ $depends == *"$want"* ]] || fail "Depends lacks $want (shlibdeps?)"
done
contents=$(dpkg-deb -c "$deb" | awk '{print $6}')
for want in ./usr/bin/wm ./usr/share/applications/$app_id.desktop ./usr/share/metainfo/$app_id.metainfo.xml; do
    grep -qxF "$want" <<<"$contents" || fail "$want not in the package"
done
# The Qt 6 KSyntaxHighlighting lives in a private directory: Debian's Qt 5
# libkf5syntaxhighlighting5 owns /usr/lib/<arch>/libKF5SyntaxHighlighting.so.5.
if grep -q 'KF5SyntaxHighlighting' <<<"$contents"; then
    grep 'KF5SyntaxHighlighting' <<<"$contents" | grep -qv '^\./usr/lib/whitemagic/' &&
        fail "KSyntaxHighlighting outside /usr/lib/whitemagic"
    grep -q '^\./usr/lib/whitemagic/libKF5SyntaxHighlighting\.so\.5$' <<<"$contents" ||
        fail "the SONAME link libKF5SyntaxHighlighting.so.5 is missing"
    say "KSyntaxHighlighting ships privately in /usr/lib/whitemagic"
fi

# --- install, run, validate, remove ----------------------------------------
cleanup() {
    if dpkg-query -W -f='${Status}' whitemagic 2>/dev/null | grep -q "install ok installed"; then
        DEBIAN_FRONTEND=noninteractive $sudo apt-get remove -y -qq --purge whitemagic >/dev/null 2>&1 || true
    fi
    [ -n "${work:-}" ] && rm -rf "$work"
}
trap cleanup EXIT
work=$(mktemp -d)
# apt-get wants a path with a slash to take a file rather than a package name.
cp "$deb" "$work/" && cd "$work"
DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends ./"$(basename "$deb")" \
    >"$work/apt.log" 2>&1 || { tail -20 "$work/apt.log" >&2; fail "apt-get install"; }
say "installed with apt-get"

[ "$(command -v wm)" = /usr/bin/wm ] || fail "wm is not /usr/bin/wm"
got=$(wm --version)
[ "$got" = "wm $version" ] || fail "wm --version printed '$got'"
say "wm --version: $got"

mkdir -p "$work/tree/src"
printf 'int main(void)\n{\n    return 0; /* ok */\n}\n' >"$work/tree/src/main.c"
printf '# Sample\n\nTwo words.\n' >"$work/tree/README.md"
wm audit "$work/tree" --format json -q >"$work/audit.json" || fail "wm audit exit status $?"
python3 - "$work/audit.json" <<'PY' || fail "wm audit output"
import json, sys
r = json.load(open(sys.argv[1]))
files = {f["path"]: f for f in r["files"]}
assert set(files) == {"src/main.c", "README.md"}, files.keys()
assert files["src/main.c"]["lines"] == 4 and files["src/main.c"]["language"] == "C", files["src/main.c"]
print("check-deb: wm audit: %d files, %s lines" % (len(files), r["totals"].get("lines")))
PY

if [ -x /usr/bin/whitemagic ]; then
    got=$(QT_QPA_PLATFORM=offscreen whitemagic --version 2>"$work/stderr") ||
        fail "whitemagic --version: $got $(cat "$work/stderr")"
    say "whitemagic --version: $(tr '\n' ' ' <<<"$got")"
    [[ $got == *"$version"* ]] || fail "whitemagic --version does not say $version"
    if [ -e /usr/lib/whitemagic/libKF5SyntaxHighlighting.so.5 ]; then
        # ldd prints the RUNPATH form, /usr/bin/../lib/whitemagic/...
        ksh=$(ldd /usr/bin/whitemagic | awk '$1 == "libKF5SyntaxHighlighting.so.5" { print $3 }')
        [ -n "$ksh" ] && [ "$(readlink -f "$ksh")" = "$(readlink -f /usr/lib/whitemagic/libKF5SyntaxHighlighting.so.5)" ] ||
            fail "whitemagic does not load the private KSyntaxHighlighting (got '$ksh'; RPATH?)"
        say "whitemagic loads $ksh"
        [[ $got == *"KSyntaxHighlighting"* ]] || fail "whitemagic --version does not name KSyntaxHighlighting"
    fi
    ! ldd /usr/bin/whitemagic | grep -q 'not found' || fail "unresolved libraries: $(ldd /usr/bin/whitemagic | grep 'not found')"
else
    say "SKIP: whitemagic --version — this build has no whitemagic target (the desktop app is not merged yet)"
fi
for lib in /usr/lib/whitemagic/*.so.*; do
    [ -e "$lib" ] || continue
    ! ldd "$lib" | grep -q 'not found' || fail "$lib: unresolved libraries"
done

"$root/packaging/check-desktop.sh" /usr/share/applications/$app_id.desktop
"$root/packaging/check-metainfo.sh" /usr/share/metainfo/$app_id.metainfo.xml "$version" | tail -1
if [ -f "$root/resources/icons/$app_id.svg" ]; then
    for icon in scalable/apps/$app_id.svg 16x16/apps/$app_id.png 256x256/apps/$app_id.png; do
        [ -f /usr/share/icons/hicolor/$icon ] || fail "icon $icon not installed"
    done
    say "icons installed in /usr/share/icons/hicolor"
else
    say "SKIP: icon check — resources/icons is not in this tree yet (comes with the desktop app)"
fi

DEBIAN_FRONTEND=noninteractive $sudo apt-get remove -y -qq --purge whitemagic >/dev/null 2>&1 || fail "apt-get remove"
[ ! -e /usr/bin/wm ] && [ ! -e /usr/share/applications/$app_id.desktop ] && [ ! -d /usr/lib/whitemagic ] ||
    fail "files left behind after removal"
say "removed; OK ($((SECONDS - start)) s in all)"
