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

int TokenScanner::scan(std::string_view text, bool complete, const Visit &visit)
{
    const auto *p = reinterpret_cast<const unsigned char *>(text.data());
    const size_t n = text.size();
    int index = 0;
    size_t i = 0;
    while (i < n) {
        // Separators.
        while (i < n && p[i] < 0x80 && !m_tokenChar[p[i]])
            ++i;
        if (i == n) break;
        const size_t start = i;
        while (i < n && p[i] < 0x80 && m_tokenChar[p[i]])
            ++i;
        if (i < n && p[i] >= 0x80) {
            // Another character in or after this token: unicode61 decides,
            // up to the next ASCII separator (where its tokens must end).
            while (i < n && (p[i] >= 0x80 || m_tokenChar[p[i]]))
                ++i;
            if (i == n && !complete) return index;
            const TokenList t = m_tokenizer.tokenize(text.substr(start, i - start));
            if (!t.valid) return -1;
            for (const TokenList::Token &tok : t.tokens) {
                if (!visit(index, start + size_t(tok.start), start + size_t(tok.end)))
                    return index + 1;
                ++index;
            }
            continue;
        }
        if (i == n && !complete) return index;
        if (!visit(index, start, i)) return index + 1;
        ++index;
    }
    return index;
}

} // namespace wm
