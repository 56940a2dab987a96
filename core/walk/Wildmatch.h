// SPDX-FileCopyrightText: 2026 WhiteMagic contributors
// SPDX-License-Identifier: MIT

#pragma once

#include <string_view>

namespace wm {

// Git's wildmatch: the glob dialect of .gitignore, with `**`, character
// classes ([a-z], [!x], [[:alpha:]]) and backslash escapes. Working on bytes
// keeps it exact for file names that are not valid UTF-8.
class Wildmatch
{
public:
    enum Flag : unsigned
    {
        None = 0,
        CaseFold = 1u << 0, // ASCII case-insensitive
        PathName = 1u << 1, // `*`, `?` and classes never match '/'
    };

    [[nodiscard]] static bool match(std::string_view pattern, std::string_view text,
                                    unsigned flags = PathName);
};

} // namespace wm
