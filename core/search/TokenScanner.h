// SPDX-FileCopyrightText: 2026 WhiteMagic contributors
// SPDX-License-Identifier: MIT

#pragma once

#include "WordTokenizer.h"

#include <array>
#include <cstddef>
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

    // Visits the tokens of `text` in order: visit(index, begin, end) for
    // token `index` (0-based) at text[begin, end); it returns false to stop.
    // When `complete` is false, `text` is only the start of the document: a
    // token touching its end may go on beyond it, so the scan stops before
    // it. Returns the number of tokens visited (-1 when the tokenizer
    // failed). A template: the visit is inlined into the byte loop, which
    // runs over every token before a hit deep in a file.
    template <typename Visit> int scan(std::string_view text, bool complete, Visit &&visit);

    // Where a scan may start when the first `want` tokens are not needed:
    // `from` is 0 or an offset just after an ASCII separator, with
    // `skipped` (at most want - 1) tokens wholly before it; scan() over
    // text.substr(from) then visits the tokens numbered from `skipped` on
    // exactly as a scan of the whole text does. Counts runs of ASCII 16
    // bytes at a time (SSE2), stopping at the first other byte.
    void skip(std::string_view text, int want, size_t &from, int &skipped) const;

private:
    // The tokens of a stretch with other characters than ASCII, by unicode61.
    TokenList tokenizeOther(std::string_view stretch) { return m_tokenizer.tokenize(stretch); }

    WordTokenizer m_tokenizer;
    std::array<bool, 128> m_tokenChar{};
    bool m_wordBytes = false; // the ASCII token bytes are [0-9A-Za-z_] (skip())
};

template <typename Visit>
int TokenScanner::scan(std::string_view text, bool complete, Visit &&visit)
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
            const TokenList t = tokenizeOther(text.substr(start, i - start));
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
