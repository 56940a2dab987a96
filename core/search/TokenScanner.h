// SPDX-FileCopyrightText: 2026 WhiteMagic contributors
// SPDX-License-Identifier: MIT

#pragma once

#include "WordTokenizer.h"

#include <array>
#include <cstddef>
#include <functional>
#include <string_view>

namespace wm {

// The byte ranges of the index's tokens in a text, numbered as FTS5 numbers
// them (the positions of its position lists), fast enough to find a hit
// deep in a large file: runs of ASCII are split with a byte table, and only
// the stretches around other characters go through SQLite's own unicode61
// tokenizer (WordTokenizer). Tokens never cross an ASCII separator, so the
// two give the same tokens as unicode61 over the whole text. The byte table
// is asked of unicode61 itself, not written down, so it cannot disagree.
class TokenScanner
{
public:
    TokenScanner();

    [[nodiscard]] bool isValid() const { return m_tokenizer.isValid(); }

    // Token `index` (0-based) spans text[begin, end). Return false to stop.
    using Visit = std::function<bool(int index, size_t begin, size_t end)>;

    // Visits the tokens of `text` in order. When `complete` is false, `text`
    // is only the start of the document: a token touching its end may go on
    // beyond it, so the scan stops before it. Returns the number of tokens
    // visited (-1 when the tokenizer failed).
    int scan(std::string_view text, bool complete, const Visit &visit);

private:
    WordTokenizer m_tokenizer;
    std::array<bool, 128> m_tokenChar{};
};

} // namespace wm
