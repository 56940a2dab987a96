// SPDX-FileCopyrightText: 2026 WhiteMagic contributors
// SPDX-License-Identifier: MIT

#pragma once

#include <QString>
#include <string_view>

namespace wm {

// What a file says about the folder it stands in: a README's title or first
// sentence, a Kconfig menu title, an index.rst/index.md title, a package
// manifest's description (package.json, Cargo.toml, pyproject.toml,
// setup.cfg, debian/control), CMake's project(DESCRIPTION), a Makefile's
// opening comment. Only these files are read for it, and only their head.
class FolderDescription
{
public:
    // Kinds in rising order of authority: when a folder has several, the
    // highest wins (see rank()).
    enum class Kind : unsigned char
    {
        None,
        BuildFile, // Makefile, Kbuild, meson.build: the first comment sentence
        CMake,     // project(... DESCRIPTION "...")
        Index,     // index.rst, index.md
        Kconfig,   // mainmenu/menu "...", or the prompt of a menuconfig
        Manifest,  // package.json, Cargo.toml, pyproject.toml, setup.cfg, debian/control
        Readme     // README, README.md, README.rst, ...
    };

    static constexpr size_t headBytes = 16 * 1024;

    // The kind of `relPath` ('/' separated) by its name alone.
    [[nodiscard]] static Kind kindOf(std::string_view relPath);
    // The description in `head`, one line of at most 120 characters; empty
    // when the file has none.
    [[nodiscard]] static QString extract(Kind kind, std::string_view head);
    [[nodiscard]] static int rank(Kind kind) { return int(kind); }
};

} // namespace wm
