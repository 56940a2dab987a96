#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 WhiteMagic contributors
# SPDX-License-Identifier: MIT
#
# check-appdir.sh APPDIR: proves the AppDir self-contained.
#  1. every library ldd reports for every ELF file in it (binaries, plugins,
#     bundled libraries), run with an empty LD_LIBRARY_PATH, resolves inside
#     the AppDir, or is in host-libs.txt or needed by one of those (lib.sh);
#  2. nothing from host-libs.txt is bundled (a bundled libc or libGL breaks
#     on other machines);
#  3. AppRun --version runs with an empty LD_LIBRARY_PATH and prints the
#     version, and so does AppRun wm --version;
#  4. the desktop app, when present, starts on the bundled offscreen
#     platform plugin and loads no Qt plugin from outside the AppDir;
#  5. the root holds AppRun and the desktop file (and the icon, when the
#     tree has one).
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
appdir=$(cd "${1:?usage: check-appdir.sh APPDIR}" && pwd)
app_id=org.whitemagic.WhiteMagic
say() { echo "check-appdir: $*"; }
fail() { echo "check-appdir: FAIL: $*" >&2; exit 1; }

source "$here/lib.sh"

# 1 and 2
mapfile -t elves < <(find "$appdir" -type f | while read -r f; do is_elf "$f" && echo "$f"; done)
[ ${#elves[@]} -gt 0 ] || fail "no ELF files in $appdir"
declare -A host_used=() ldd_of=()
for elf in "${elves[@]}"; do
    ldd_of[$elf]=$(list_deps "$elf")
    host_closure_from "${ldd_of[$elf]}"
done
bad=0
for elf in "${elves[@]}"; do
    soname=$(patchelf --print-soname "$elf" 2>/dev/null || true)
    if is_host_lib "${soname:-$(basename "$elf")}"; then
        echo "  bundled although host-provided: ${elf#"$appdir"/}" >&2
        bad=1
    fi
    while read -r lib arrow path _; do
        [ "$arrow" = "=>" ] || continue
        if [ "$path" = "not" ]; then
            echo "  ${elf#"$appdir"/}: $lib not found" >&2
            bad=1
        elif [[ $path == "$appdir"/* ]]; then
            :
        elif is_host_lib "$lib"; then
            host_used[$lib]=1
        else
            echo "  ${elf#"$appdir"/}: $lib resolves outside the AppDir: $path" >&2
            bad=1
        fi
    done <<<"${ldd_of[$elf]}"
done
[ $bad = 0 ] || fail "the AppDir is not self-contained (see above)"
say "${#elves[@]} ELF files: every library inside the AppDir or host-provided"
say "host-provided in use: $(printf '%s\n' "${!host_used[@]}" | sort | tr '\n' ' ')"

# 3
version=$(LD_LIBRARY_PATH= QT_QPA_PLATFORM=offscreen "$appdir/AppRun" --version 2>&1) ||
    fail "AppRun --version: $version"
say "AppRun --version (empty LD_LIBRARY_PATH): $(tr '\n' ' ' <<<"$version")"
wm_version=$(LD_LIBRARY_PATH= "$appdir/AppRun" wm --version 2>&1) || fail "AppRun wm --version: $wm_version"
[[ $wm_version == "wm "* ]] || fail "AppRun wm --version printed '$wm_version'"

# 4: QT_DEBUG_PLUGINS prints every plugin file Qt loads.
if [ -x "$appdir/usr/bin/whitemagic" ]; then
    log=$(LD_LIBRARY_PATH= QT_QPA_PLATFORM=offscreen QT_DEBUG_PLUGINS=1 "$appdir/AppRun" --version 2>&1) ||
        fail "whitemagic --version with QT_DEBUG_PLUGINS: $log"
    # Every plugin file Qt looks at or loads ("looking at", "loaded library").
    mapfile -t seen < <(grep -E 'looking at|loaded library' <<<"$log" | grep -oE '"/[^"]+"' | tr -d '"' | sort -u)
    [ ${#seen[@]} -gt 0 ] || fail "QT_DEBUG_PLUGINS showed no plugin at all"
    outside=$(printf '%s\n' "${seen[@]}" | grep -v "^$appdir/" || true)
    [ -z "$outside" ] || fail "Qt looked at plugins outside the AppDir: $outside"
    grep -qE "\"$appdir/usr/plugins/platforms/libqoffscreen.so\" loaded library" <<<"$log" ||
        fail "the bundled offscreen platform plugin was not loaded"
    say "Qt saw ${#seen[@]} plugin files, all in the AppDir; the bundled platform plugin loaded"
else
    say "SKIP: plugin loading check — no whitemagic in this build (the desktop app is not merged yet)"
fi

# 5
[ -x "$appdir/AppRun" ] || fail "no AppRun"
[ -f "$appdir/$app_id.desktop" ] || fail "no $app_id.desktop at the root"
"$root/packaging/check-desktop.sh" "$appdir/$app_id.desktop" >/dev/null
if [ -f "$root/resources/icons/$app_id.svg" ]; then
    [ -f "$appdir/$app_id.png" ] && [ -L "$appdir/.DirIcon" ] || fail "no icon at the root"
else
    say "SKIP: root icon — resources/icons is not in this tree yet (comes with the desktop app)"
fi
say "OK"
