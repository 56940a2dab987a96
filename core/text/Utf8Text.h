// SPDX-FileCopyrightText: 2026 WhiteMagic contributors
// SPDX-License-Identifier: MIT

#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace wm {

// Byte-level UTF-8 helpers for the text that goes into the index. SQLite
// stores whatever bytes it is given; repairing here means the tokenizer,
// snippets and JSON output only ever see valid UTF-8.
class Utf8Text
{
public:
    // Length of the longest valid UTF-8 prefix of `s` (s.size() when valid).
    [[nodiscard]] static size_t validPrefix(std::string_view s);
    // Every invalid byte sequence replaced by U+FFFD (one per maximal
    // invalid subpart, the Unicode-recommended practice).
    [[nodiscard]] static std::string repaired(std::string_view s);
    // The largest n' <= n such that s[0, n') does not end inside a character.
    [[nodiscard]] static size_t boundaryAtOrBefore(std::string_view s, size_t n);

    // Makes file text ready for the index, in place: NUL and the two bytes
    // used as highlight markers (0x01, 0x02) become spaces, invalid UTF-8 is
    // repaired. Returns true when anything had to be repaired.
    static bool sanitize(std::string &text);

    static constexpr char markOpen = '\x01';
    static constexpr char markClose = '\x02';
};

} // namespace wm
