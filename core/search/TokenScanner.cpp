// SPDX-FileCopyrightText: 2026 WhiteMagic contributors
// SPDX-License-Identifier: MIT

#include "TokenScanner.h"

namespace wm {

TokenScanner::TokenScanner()
{
    if (!m_tokenizer.isValid()) return;
    // A character is part of words when "a?a" is one token.
    for (int c = 0; c < 128; ++c) {
        const char probe[3] = {'a', char(c), 'a'};
        const TokenList t = m_tokenizer.tokenize(std::string_view(probe, 3));
        m_tokenChar[size_t(c)] = t.valid && t.tokens.size() == 1 && t.tokens[0].end == 3;
    }
}

} // namespace wm
