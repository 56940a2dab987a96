# SPDX-FileCopyrightText: 2026 WhiteMagic contributors
# SPDX-License-Identifier: MIT
#
# Shared by build-appdir.sh and check-appdir.sh (sourced): which libraries
# the host provides.
#
# host-libs.txt lists them by SONAME pattern. What those need on this
# system comes with them on any host (libffi for libwayland-client, brotli
# and libpng for freetype, graphite2 and glib for harfbuzz, libbsd for
# libXdmcp, ...), so their dependency closure is host-provided too: bundling
# an older copy of, say, glib next to the host's newer harfbuzz would break
# it. is_host_lib answers for a SONAME; host_closure_from LDD_OUTPUT extends
# the set with the closure of the host libraries it names.
mapfile -t host_patterns < <(grep -v '^\s*#' "$(dirname "${BASH_SOURCE[0]}")/host-libs.txt" | sed '/^\s*$/d')
declare -A host_closure=()
is_host_lib() {
    local p
    [ -n "${host_closure[$1]:-}" ] && return 0
    for p in "${host_patterns[@]}"; do [[ $1 =~ ^($p)$ ]] && return 0; done
    return 1
}
host_closure_from() {
    local name arrow path dep darrow _
    while read -r name arrow path _; do
        [ "$arrow" = "=>" ] && [ "$path" != "not" ] || continue
        is_host_lib "$name" || continue
        [ -n "${host_closure[$name]:-}" ] && continue
        host_closure[$name]=1
        while read -r dep darrow _; do
            [ "$darrow" = "=>" ] && host_closure[$dep]=1
        done < <(list_deps "$path")
    done <<<"$1"
}
# The ELF magic, read by a builtin: no process per file.
is_elf() {
    local magic=""
    LC_ALL=C IFS= read -r -n 4 magic <"$1" 2>/dev/null || true
    [[ $magic == $'\x7fELF' ]]
}
# What ldd prints, with an empty LD_LIBRARY_PATH, but five times faster: the
# dynamic loader's own --list (ldd is a script around it).
ldso=$(patchelf --print-interpreter /bin/sh)
list_deps() { LD_LIBRARY_PATH= "$ldso" --list "$1" 2>&1 || true; }
