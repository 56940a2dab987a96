#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 WhiteMagic contributors
# SPDX-License-Identifier: MIT
#
# check-metainfo.sh FILE.metainfo.xml [VERSION]: `appstreamcli validate
# --no-net` with no errors and no warnings. Pedantic notes pass only when
# listed here with the reason:
#   cid-contains-uppercase-letter  the id org.whitemagic.WhiteMagic is also the
#       desktop file name, the icon name and Qt's desktopFileName (the Wayland
#       app id); the spec allows upper case and renaming would break all four.
# With VERSION: the newest <release> must be that version (the project's).
set -euo pipefail
file=$1 version=${2:-}
command -v appstreamcli >/dev/null ||
    { echo "check-metainfo: appstreamcli missing (Debian: appstream)" >&2; exit 1; }
allowed_pedantic='cid-contains-uppercase-letter'
status=0
out=$(appstreamcli validate --no-net --pedantic --no-color "$file" 2>&1) || status=$?
echo "$out" | sed 's/^/  /'
if echo "$out" | grep -E '^(E|W|I):' >/dev/null; then
    echo "check-metainfo: errors, warnings or infos in $file" >&2
    exit 1
fi
if echo "$out" | grep -E '^P:' | grep -vE "$allowed_pedantic" >/dev/null; then
    echo "check-metainfo: unexplained pedantic note in $file" >&2
    exit 1
fi
[ "$status" -eq 0 ] || { echo "check-metainfo: appstreamcli exit status $status" >&2; exit 1; }
if [ -n "$version" ]; then
    got=$(python3 -c 'import sys, xml.etree.ElementTree as E
r = E.parse(sys.argv[1]).getroot().find("releases")
print(r[0].get("version") if r is not None and len(r) else "")' "$file")
    [ "$got" = "$version" ] ||
        { echo "check-metainfo: newest release is '$got', the project is $version" >&2; exit 1; }
fi
echo "check-metainfo: $file OK"
