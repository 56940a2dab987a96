#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 WhiteMagic contributors
# SPDX-License-Identifier: MIT
#
# build-appdir.sh [BUILD_DIR] [APPDIR]: makes a self-contained AppDir from an
# existing, built tree (default build/ci; nothing is recompiled) and, when
# `appimagetool` is on the PATH, squashes it into WhiteMagic-<version>-<arch>.AppImage.
# appimagetool is not packaged by Debian: it comes from the AppImage
# project's releases (github.com/AppImage/appimagetool).
#
# Layout:   AppRun, org.whitemagic.WhiteMagic.desktop, .png icon, .DirIcon
#           usr/bin/{whitemagic,wm,qt.conf}  usr/lib/*.so*  usr/lib/whitemagic/
#           usr/plugins/<kind>/*.so  usr/share/{applications,metainfo,icons}
# Every bundled ELF gets a relative RUNPATH (patchelf), so nothing relies on
# LD_LIBRARY_PATH, which would leak into the programs the app starts (file
# managers, editors). Libraries listed in host-libs.txt are left to the host.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
build=$(cd "${1:-$root/build/ci}" && pwd)
appdir=${2:-$build/AppDir}
app_id=org.whitemagic.WhiteMagic
say() { echo "build-appdir: $*"; }
fail() { echo "build-appdir: FAIL: $*" >&2; exit 1; }
command -v patchelf >/dev/null || fail "patchelf missing (Debian: patchelf)"
[ -f "$build/cmake_install.cmake" ] || fail "$build is not a configured build tree"
version=$(sed -n 's/^CMAKE_PROJECT_VERSION:STATIC=//p' "$build/CMakeCache.txt")
qt_plugins=$(qtpaths6 --query QT_INSTALL_PLUGINS 2>/dev/null || qmake6 -query QT_INSTALL_PLUGINS)
qt_translations=$(qtpaths6 --query QT_INSTALL_TRANSLATIONS 2>/dev/null || qmake6 -query QT_INSTALL_TRANSLATIONS)
start=$SECONDS

rm -rf "$appdir"
cmake --install "$build" --prefix "$appdir/usr" --strip >/dev/null
[ -x "$appdir/usr/bin/wm" ] || fail "no usr/bin/wm after cmake --install"

# --- Qt plugins: what a Qt Widgets app needs on X11 and Wayland desktops -----
# platforms: xcb (X11), wayland (egl + generic, when qt6-wayland is
# installed), offscreen (CI, screenshots); the Wayland shell, decoration and
# graphics integrations the wayland plugin loads on desktops (xdg-shell,
# client-side decorations, wayland-egl; not the kiosk, IVI or compositor
# server-buffer ones); GLX/EGL on xcb; input
# methods; image formats and the SVG icon engine (icons are SVG); the
# xdg-desktop-portal platform theme (native file dialogs, also in sandboxes).
# The GTK 3 theme is left out on purpose: it would pull in all of GTK.
plugins=(
    platforms/libqxcb.so platforms/libqwayland-egl.so platforms/libqwayland-generic.so
    platforms/libqoffscreen.so platforms/libqminimal.so
    wayland-shell-integration/libxdg-shell.so 'wayland-decoration-client/*.so'
    wayland-graphics-integration-client/libqt-plugin-wayland-egl.so 'xcbglintegrations/*.so'
    'platforminputcontexts/*.so' 'imageformats/*.so' 'iconengines/*.so'
    platformthemes/libqxdgdesktopportal.so
)
for pattern in "${plugins[@]}"; do
    found=0
    for f in $qt_plugins/$pattern; do
        [ -f "$f" ] || continue
        found=1
        rel=${f#"$qt_plugins"/}
        mkdir -p "$appdir/usr/plugins/$(dirname "$rel")"
        cp -L "$f" "$appdir/usr/plugins/$rel"
    done
    [ $found = 1 ] || say "note: no Qt plugin $pattern on this system (not bundled)"
done
[ -f "$appdir/usr/plugins/platforms/libqxcb.so" ] || fail "no xcb platform plugin (Debian: qt6-qpa-plugins)"
[ -f "$appdir/usr/plugins/iconengines/libqsvgicon.so" ] || fail "no SVG icon engine (Debian: libqt6svg6)"

# qt.conf next to the binaries: plugins and translations from the AppDir,
# never from the host's Qt (whose version may differ).
cat >"$appdir/usr/bin/qt.conf" <<'EOF'
[Paths]
Prefix = ..
Plugins = plugins
Translations = share/qt6/translations
EOF
mkdir -p "$appdir/usr/share/qt6/translations"
for qm in "$qt_translations"/qtbase_de.qm "$qt_translations"/qtbase_zh_CN.qm; do
    [ -f "$qm" ] && cp "$qm" "$appdir/usr/share/qt6/translations/"
done

# --- libraries: everything ldd resolves that the host does not provide -----
source "$here/lib.sh"
mapfile -t elves < <(find "$appdir/usr/bin" "$appdir/usr/lib" "$appdir/usr/plugins" -type f | while read -r f; do is_elf "$f" && echo "$f"; done)
mkdir -p "$appdir/usr/lib"
declare -A copied=() ldd_of=()
# ldd lists the whole closure, so one pass over our own files suffices; the
# host closure must be complete before anything is copied.
for elf in "${elves[@]}"; do
    ldd_of[$elf]=$(list_deps "$elf")
    host_closure_from "${ldd_of[$elf]}"
done
for elf in "${elves[@]}"; do
    while read -r name arrow path _; do
        [ "$arrow" = "=>" ] || continue
        [ "$path" = "not" ] && fail "$elf: $name not found on this system"
        is_host_lib "$name" && continue
        [ -e "$appdir/usr/lib/$name" ] || [ -e "$appdir/usr/lib/whitemagic/$name" ] && continue
        cp -L "$path" "$appdir/usr/lib/$name"
        copied[$name]=1
    done <<<"${ldd_of[$elf]}"
done
say "bundled ${#copied[@]} libraries"

# --- relative RUNPATHs ------------------------------------------------------
set_runpath() { patchelf --set-rpath "$1" "$2" || fail "patchelf $2"; }
for f in "$appdir"/usr/bin/*; do is_elf "$f" && set_runpath '$ORIGIN/../lib:$ORIGIN/../lib/whitemagic' "$f"; done
for f in "$appdir"/usr/lib/*.so*; do [ -L "$f" ] || set_runpath '$ORIGIN:$ORIGIN/whitemagic' "$f"; done
for f in "$appdir"/usr/lib/whitemagic/*.so*; do [ -L "$f" ] || [ ! -e "$f" ] || set_runpath '$ORIGIN:$ORIGIN/..' "$f"; done
for f in "$appdir"/usr/plugins/*/*.so; do set_runpath '$ORIGIN/../../lib:$ORIGIN/../../lib/whitemagic' "$f"; done

# --- AppDir root: AppRun, desktop file, icon --------------------------------
cp "$here/AppRun" "$appdir/AppRun"
chmod +x "$appdir/AppRun"
cp "$appdir/usr/share/applications/$app_id.desktop" "$appdir/$app_id.desktop"
icon=$appdir/usr/share/icons/hicolor/256x256/apps/$app_id.png
if [ -f "$icon" ]; then
    cp "$icon" "$appdir/$app_id.png"
    ln -sf "$app_id.png" "$appdir/.DirIcon"
else
    say "note: no app icon in the build (resources/icons comes with the desktop app); AppDir has none"
fi
say "AppDir $appdir: $(du -sh "$appdir" | cut -f1) in $((SECONDS - start)) s"

# --- AppImage, when the tool is there ------------------------------------------
if command -v appimagetool >/dev/null; then
    out=$build/WhiteMagic-$version-$(uname -m).AppImage
    ARCH=$(uname -m) appimagetool --no-appstream "$appdir" "$out" >/dev/null
    say "AppImage $out ($(du -h "$out" | cut -f1))"
else
    say "appimagetool not on the PATH: AppDir only (get it from github.com/AppImage/appimagetool releases)"
fi
