#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 WhiteMagic contributors
# SPDX-License-Identifier: MIT
#
# Installs the Debian packages listed in scripts/deps-debian.txt that are
# missing, then builds the libraries Debian lacks (scripts/build-deps.sh).
# Idempotent and quiet when everything is there already.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
mapfile -t wanted < <(grep -v '^\s*#' "$here/deps-debian.txt" | sed '/^\s*$/d')
if [ "$#" -gt 0 ]; then wanted+=("$@"); fi
missing=()
for pkg in "${wanted[@]}"; do
    dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || missing+=("$pkg")
done
if [ ${#missing[@]} -gt 0 ]; then
    echo "setup: installing ${missing[*]}" >&2
    sudo=""
    [ "$(id -u)" -eq 0 ] || sudo="sudo"
    export DEBIAN_FRONTEND=noninteractive
    $sudo apt-get update -qq
    $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi
# Libraries Debian 12 lacks for Qt 6 (KSyntaxHighlighting), built once into
# build/deps/prefix; a no-op when the stamp matches.
"$here/build-deps.sh"
