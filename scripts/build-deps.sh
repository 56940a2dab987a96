#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 WhiteMagic contributors
# SPDX-License-Identifier: MIT
#
# Builds the third-party libraries that Debian 12 does not package for Qt 6
# and installs them into the project-local prefix build/deps/prefix, once:
# a stamp file records the source checksum and build settings, and a rerun
# with the same stamp does nothing. All CMake presets look there (and only
# there) through CMAKE_PREFIX_PATH.
#
# Today that is KSyntaxHighlighting 5.103.0 (KF5SyntaxHighlighting built
# against Qt 6). Debian's libkf5syntaxhighlighting-dev is the same library
# built against Qt 5; it is never used.
#
# Source, in this order:
#   1. $WM_VENDOR_DIR (a folder holding the tarball and SHA256SUMS)
#   2. <repo>/../shared/vendor (the layout of the CI machine and of /work)
#   3. with network access only: upstream git, tag v5.103.0, checked against
#      the commit the vendored tarball was cut from.
# Environment:
#   WM_VENDOR_DIR    vendor folder override
#   WM_DEPS_DIR      build/deps override (prefix = $WM_DEPS_DIR/prefix)
#   WM_SKIP_DEPS=1   do nothing (for a build with -DWM_WITH_KSYNTAXHIGHLIGHTING=OFF)
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
[ "${WM_SKIP_DEPS:-0}" = 1 ] && exit 0

deps=${WM_DEPS_DIR:-$root/build/deps}
prefix=$deps/prefix
vendor=${WM_VENDOR_DIR:-$root/../shared/vendor}

ksh_version=5.103.0
ksh_tarball=syntax-highlighting-$ksh_version.tar.xz
ksh_commit=fc939afbcff2d475384b8fa27ff2ec4a7654abd3
ksh_git=https://invent.kde.org/frameworks/syntax-highlighting.git
# What the build depends on besides the source; a change rebuilds.
ksh_settings="QT_MAJOR_VERSION=6 BUILD_TESTING=OFF BUILD_QCH=OFF examples=OFF Release $(qmake6 -query QT_VERSION 2>/dev/null || echo qt?)"
stamp=$prefix/share/whitemagic-deps/ksyntaxhighlighting.stamp

mkdir -p "$deps"
# One builder at a time (two presets configured in parallel, two shells).
exec 9>"$deps/.lock"
flock 9

log() { echo "build-deps: $*" >&2; }

# Prints the source's identity (the tarball's SHA-256 or the git commit)
# after verifying it; unpacks the source into $1.
fetch_ksyntaxhighlighting() {
    local dest=$1
    if [ -f "$vendor/$ksh_tarball" ]; then
        [ -f "$vendor/SHA256SUMS" ] || { log "no SHA256SUMS in $vendor"; exit 1; }
        local expected actual
        expected=$(awk -v f="$ksh_tarball" '$2 == f || $2 == "*" f { print $1 }' "$vendor/SHA256SUMS")
        [ -n "$expected" ] || { log "$ksh_tarball is not listed in $vendor/SHA256SUMS"; exit 1; }
        actual=$(sha256sum "$vendor/$ksh_tarball" | cut -d' ' -f1)
        if [ "$expected" != "$actual" ]; then
            log "checksum mismatch for $vendor/$ksh_tarball: expected $expected, got $actual"
            exit 1
        fi
        if [ -n "$dest" ]; then
            rm -rf "$dest" && mkdir -p "$dest"
            tar -xJf "$vendor/$ksh_tarball" -C "$dest" --strip-components=1
        fi
        echo "sha256:$actual"
    else
        log "no $ksh_tarball in $vendor (set WM_VENDOR_DIR); trying upstream git"
        if [ -n "$dest" ]; then
            rm -rf "$dest"
            git clone -q --depth 1 --branch "v$ksh_version" "$ksh_git" "$dest"
            local got
            got=$(git -C "$dest" rev-parse HEAD)
            [ "$got" = "$ksh_commit" ] || { log "tag v$ksh_version is $got, expected $ksh_commit"; exit 1; }
        fi
        echo "git:$ksh_commit"
    fi
}

build_ksyntaxhighlighting() {
    local id want
    # Verify first, even when the stamp says it is installed: a changed or
    # corrupt tarball must not pass unnoticed.
    id=$(fetch_ksyntaxhighlighting "")
    want="ksyntaxhighlighting $ksh_version $id $ksh_settings"
    if [ -f "$stamp" ] && [ "$(cat "$stamp")" = "$want" ] &&
        [ -f "$prefix/lib/cmake/KF5SyntaxHighlighting/KF5SyntaxHighlightingConfig.cmake" ]; then
        return 0
    fi
    log "building KSyntaxHighlighting $ksh_version against Qt 6 into $prefix"
    local src=$deps/src/syntax-highlighting bld=$deps/build/syntax-highlighting start=$SECONDS
    fetch_ksyntaxhighlighting "$src" >/dev/null
    rm -rf "$bld" "$prefix/lib/cmake/KF5SyntaxHighlighting" "$stamp"
    # ECM's KDEInstallDirs would pick lib/<multiarch> under /usr only; the
    # explicit LIBDIR keeps the prefix layout the same everywhere.
    cmake -S "$src" -B "$bld" -G Ninja -Wno-dev \
        -DQT_MAJOR_VERSION=6 -DBUILD_TESTING=OFF -DBUILD_QCH=OFF \
        -DBUILD_codeeditor=OFF -DBUILD_codepdfprinter=OFF -DBUILD_minimaltest=OFF \
        -DCMAKE_BUILD_TYPE=Release -DCMAKE_INSTALL_PREFIX="$prefix" \
        -DKDE_INSTALL_LIBDIR=lib -DCMAKE_INSTALL_LIBDIR=lib \
        -DCMAKE_DISABLE_FIND_PACKAGE_Qt6Quick=ON >"$deps/ksyntaxhighlighting-configure.log" 2>&1 ||
        { tail -30 "$deps/ksyntaxhighlighting-configure.log" >&2; exit 1; }
    nice -n 5 cmake --build "$bld" >"$deps/ksyntaxhighlighting-build.log" 2>&1 ||
        { tail -40 "$deps/ksyntaxhighlighting-build.log" >&2; exit 1; }
    cmake --install "$bld" >/dev/null
    mkdir -p "$(dirname "$stamp")"
    echo "$want" >"$stamp"
    log "KSyntaxHighlighting $ksh_version installed in $((SECONDS - start)) s"
}

build_ksyntaxhighlighting
