// SPDX-FileCopyrightText: 2026 WhiteMagic contributors
// SPDX-License-Identifier: MIT

#pragma once

#include <QtGlobal>
#include <string_view>
#include <vector>

namespace wm {

// A cheap reference count for "which files do the others use most": the
// include and import lines at the head of a file, reduced to keys that the
// referenced file's own path also yields. No parser and no search paths:
// `#include <linux/module.h>` gives the key "linux/module.h", which every
// file whose path ends in "linux/module.h" answers to; a relative reference
// ("foo.h", "./util", `from . import x`) is first resolved against the
// referring file's folder. Keys are the last three path components at most,
// hashed to 64 bits so a record carries 8 bytes per reference.
class ReferenceKeys
{
public:
    enum class Family : unsigned char
    {
        None,
        C,      // C, C++, Objective-C: #include / #import
        Python, // import a.b / from a.b import c / from . import c
        Script, // JavaScript / TypeScript: import ... from 'x', require('x')
        Go,     // import "a/b" and import ( ... ) blocks
        Rust    // use crate::a::b, mod a;
    };

    // Only the first bytes of a file are scanned: references stand at the top.
    static constexpr size_t scanBytes = 32 * 1024;
    static constexpr int maxComponents = 3;

    [[nodiscard]] static Family familyOf(std::string_view languageName);
    // Hashed keys of the references in `head`, for the file at `relPath`
    // ('/' separated, relative to the audited root). Duplicates are kept out.
    [[nodiscard]] static std::vector<quint64> scan(std::string_view head, Family family,
                                                   std::string_view relPath);
    // The keys a file answers to (its last one to three path components, in
    // the form references of its family take); empty when nothing refers to
    // files like it (C sources, files of no family).
    [[nodiscard]] static std::vector<quint64> keysOf(std::string_view relPath, Family family);
    // The hash of one key; exposed for tests.
    [[nodiscard]] static quint64 hash(std::string_view family, std::string_view key);
};

} // namespace wm
