#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 WhiteMagic contributors
# SPDX-License-Identifier: MIT
#
# check-desktop.sh FILE.desktop: desktop-file-validate with nothing to say
# (errors, warnings and hints all fail), and the keys the app relies on.
set -euo pipefail
file=$1
command -v desktop-file-validate >/dev/null ||
    { echo "check-desktop: desktop-file-validate missing (Debian: desktop-file-utils)" >&2; exit 1; }
out=$(desktop-file-validate "$file" 2>&1) || true
if [ -n "$out" ]; then
    echo "$out" >&2
    echo "check-desktop: $file is not clean" >&2
    exit 1
fi
for want in 'Exec=whitemagic %f' 'MimeType=inode/directory;' 'Icon=org.whitemagic.WhiteMagic' \
    'Name[de]=' 'Name[zh_CN]=' 'GenericName[de]=' 'GenericName[zh_CN]=' 'Comment[de]=' 'Comment[zh_CN]='; do
    grep -qF -- "$want" "$file" || { echo "check-desktop: $file lacks '$want'" >&2; exit 1; }
done
echo "check-desktop: $file OK"
