#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 WhiteMagic contributors
# SPDX-License-Identifier: MIT
#
# Renders the hicolor PNGs of the app icon from its SVG (rsvg-convert, from
# Debian's librsvg2-bin). Run after editing org.whitemagic.WhiteMagic.svg.
set -euo pipefail
cd "$(dirname "$0")"
for n in 16 22 24 32 48 64 128 256; do
    mkdir -p "hicolor/${n}x${n}/apps"
    rsvg-convert -w "$n" -h "$n" org.whitemagic.WhiteMagic.svg \
        -o "hicolor/${n}x${n}/apps/org.whitemagic.WhiteMagic.png"
done
