#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 WhiteMagic contributors
# SPDX-License-Identifier: MIT
#
# spdx-headers.sh [--check]: gives every source, script and CMake file of the
# repository (tracked, or new and not ignored) an SPDX header in its own
# comment syntax:
#     // SPDX-FileCopyrightText: 2026 WhiteMagic contributors
#     // SPDX-License-Identifier: MIT
# (after a "#!" line where there is one). A file that already names a licence
# in its first lines is left alone, so the script can run any number of
# times, for instance after merging branches that added files.
# Files that cannot carry a comment (images, translations, JSON, Markdown,
# the desktop and AppStream files, test and fuzz data) get their licence
# from .reuse/dep5 instead; `reuse lint` checks both.
#   --check   change nothing; list the files that lack a header, exit 1 if any
#             (CI runs this, so a new file cannot slip in without one).
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
check=0
[ "${1:-}" = --check ] && check=1

# REUSE-IgnoreStart (the tags below are what the script writes, not its own)
copyright='SPDX-FileCopyrightText: 2026 WhiteMagic contributors'
licence='SPDX-License-Identifier: MIT'
# REUSE-IgnoreEnd

# comment_for PATH: sets c to the line-comment marker for PATH, or to nothing
# when the file takes its licence from .reuse/dep5. No subshell and no
# program per file: forks cost about a millisecond each on a loaded 2-core
# CI machine, and three per file made --check take two minutes there.
comment_for() {
    c=
    case "$1" in
    tests/data/* | tests/fuzz/corpus/* | LICENSES/*) ;;
    *.cpp | *.h | *.hpp | *.c | *.cpp.in | *.js | *.mjs) c='//' ;;
    CMakeLists.txt | */CMakeLists.txt | *.cmake | *.sh | *.py | *.yml | *.yaml | *.supp) c='#' ;;
    # Lists read by scripts that skip "#" lines (setup.sh, appimage/lib.sh).
    scripts/deps-debian.txt | packaging/appimage/host-libs.txt) c='#' ;;
    .gitignore | .clang-format) c='#' ;;
    *)
        # Scripts without an extension (.ci/run, AppRun).
        local start=
        if [[ "${1##*/}" != *.* ]] && { IFS= read -r -n 2 start <"$1" || :; } && [ "$start" = '#!' ]; then
            c='#'
        fi
        ;;
    esac
}

# header_flags FILE...: one line per file, in order: "1" or "0" for a licence
# line, then the same for a copyright line, in its first 12 lines. One awk
# for every file.
header_flags() {
    awk 'BEGIN {
        for (i = 1; i < ARGC; i++) {
            lic = 0; cop = 0; n = 0
            while (n < 12 && (getline line < ARGV[i]) > 0) {
                n++
                if (line ~ /SPDX-License-Identifier:/) lic = 1
                if (line ~ /SPDX-FileCopyrightText:/) cop = 1
            }
            close(ARGV[i])
            print lic cop
        }
    }' "$@"
}

# add_copyright PATH MARKER: a file that names its licence but no copyright
# holder gets the copyright line just above the licence line.
add_copyright() {
    local tmp
    tmp=$(mktemp "$1.spdx.XXXXXX")
    awk -v line="$2 $copyright" '!done && /SPDX-License-Identifier:/ { print line; done = 1 } { print }' \
        "$1" >"$tmp"
    chmod --reference="$1" "$tmp"
    mv "$tmp" "$1"
}

# add_header PATH MARKER: the two lines after a "#!" line or at the top,
# separated from what follows by a blank line or an empty comment line.
add_header() {
    local file=$1 c=$2 tmp first skip=0 next
    tmp=$(mktemp "$file.spdx.XXXXXX")
    first=$(head -n 1 "$file")
    [[ "$first" == '#!'* ]] && skip=1
    next=$(sed -n "$((skip + 1))p" "$file")
    {
        [ "$skip" = 0 ] || printf '%s\n' "$first"
        printf '%s %s\n%s %s\n' "$c" "$copyright" "$c" "$licence"
        # Join a leading comment block, else keep code one blank line away.
        if [[ "$next" == "$c"* ]]; then printf '%s\n' "$c"; elif [ -n "$next" ]; then echo; fi
        tail -n +$((skip + 1)) "$file"
    } >"$tmp"
    chmod --reference="$file" "$tmp"
    mv "$tmp" "$file"
}

files=()
markers=()
while IFS= read -r -d '' f; do
    [ -f "$f" ] && [ ! -L "$f" ] || continue
    comment_for "$f"
    [ -n "$c" ] || continue
    files+=("$f")
    markers+=("$c")
done < <(git ls-files -z --cached --others --exclude-standard)
flags=()
[ ${#files[@]} -eq 0 ] || mapfile -t flags < <(header_flags "${files[@]}")
[ ${#flags[@]} -eq ${#files[@]} ] || { echo "spdx-headers: could not read every file" >&2; exit 1; }

missing=0
for i in "${!files[@]}"; do
    f=${files[i]}
    c=${markers[i]}
    case "${flags[i]}" in
    11) continue ;;
    10) what="copyright line" ;;
    *) what="header" ;;
    esac
    if [ "$check" = 1 ]; then
        echo "spdx-headers: no SPDX $what: $f" >&2
        missing=$((missing + 1))
    elif [ "$what" = header ]; then
        add_header "$f" "$c"
        echo "spdx-headers: added a header to $f"
    else
        add_copyright "$f" "$c"
        echo "spdx-headers: added a copyright line to $f"
    fi
done

if [ "$check" = 1 ]; then
    if [ "$missing" -gt 0 ]; then
        echo "spdx-headers: $missing file(s) lack a header; run scripts/spdx-headers.sh" >&2
        exit 1
    fi
    echo "spdx-headers: every source, script and CMake file has an SPDX header"
fi
