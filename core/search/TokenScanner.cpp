// SPDX-FileCopyrightText: 2026 WhiteMagic contributors
// SPDX-License-Identifier: MIT

#include "TokenScanner.h"

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

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
    m_wordBytes = true;
    for (int c = 0; c < 128; ++c) {
        const bool word =
            (c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || c == '_';
        m_wordBytes = m_wordBytes && m_tokenChar[size_t(c)] == word;
    }
}

void TokenScanner::skip(std::string_view text, int want, size_t &from, int &skipped) const
{
    from = 0;
    skipped = 0;
#if defined(__SSE2__)
    if (!m_wordBytes || want <= 1) return;
    const auto *p = reinterpret_cast<const unsigned char *>(text.data());
    const size_t n = text.size();
    int count = 0;
    unsigned carry = 0; // 1 when the previous byte is a token byte
    for (size_t i = 0; i + 16 <= n; i += 16) {
        const __m128i x = _mm_loadu_si128(reinterpret_cast<const __m128i *>(p + i));
        if (_mm_movemask_epi8(x) != 0) return; // a byte of another character
        // Signed compares are right for ASCII; x | 0x20 folds A-Z onto a-z.
        const __m128i digit = _mm_and_si128(_mm_cmpgt_epi8(x, _mm_set1_epi8('0' - 1)),
                                            _mm_cmplt_epi8(x, _mm_set1_epi8('9' + 1)));
        const __m128i folded = _mm_or_si128(x, _mm_set1_epi8(0x20));
        const __m128i letter = _mm_and_si128(_mm_cmpgt_epi8(folded, _mm_set1_epi8('a' - 1)),
                                             _mm_cmplt_epi8(folded, _mm_set1_epi8('z' + 1)));
        const __m128i under = _mm_cmpeq_epi8(x, _mm_set1_epi8('_'));
        const auto word =
            unsigned(_mm_movemask_epi8(_mm_or_si128(_mm_or_si128(digit, letter), under)));
        const unsigned starts = word & ~((word << 1) | carry) & 0xffffu;
        count += __builtin_popcount(starts);
        if (count >= want) return;
        carry = (word >> 15) & 1u;
        if (carry == 0) { // ends on a separator: a scan may start after it
            from = i + 16;
            skipped = count;
        }
    }
#else
    (void)text;
    (void)want;
#endif
}

} // namespace wm
