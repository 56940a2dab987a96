// SPDX-FileCopyrightText: 2026 WhiteMagic contributors
// SPDX-License-Identifier: MIT

#include "QuietScan.h"

namespace wm {
namespace {

// The six ASCII white-space bytes ('\n' is always an event, never scanned).
struct SpaceTable
{
    unsigned char space[256] = {};
    constexpr SpaceTable()
    {
        for (unsigned char c : {' ', '\t', '\n', '\v', '\f', '\r'})
            space[c] = 1;
    }
};
constexpr SpaceTable kSpace;

// Without -mpopcnt __builtin_popcount is a library call; 16 bits by SWAR.
constexpr unsigned popcount16(unsigned x)
{
    x = x - ((x >> 1) & 0x5555u);
    x = (x & 0x3333u) + ((x >> 2) & 0x3333u);
    x = (x + (x >> 4)) & 0x0f0fu;
    return (x + (x >> 8)) & 0x1fu;
}
static_assert(popcount16(0xffffu) == 16 && popcount16(0x8001u) == 2);

} // namespace

QuietScan::QuietScan()
{
    m_event[static_cast<unsigned char>('\n')] = 1;
#if defined(__SSE2__)
    for (__m128i &v : m_specials)
        v = _mm_set1_epi8('\n');
#endif
}

void QuietScan::setSpecials(const unsigned char *bytes, int count)
{
    for (int k = 0; k < count; ++k)
        m_event[bytes[k]] = 1;
    m_count = count;
    m_vector = count <= maxSpecials;
#if defined(__SSE2__)
    for (int k = 0; k < count && k < maxSpecials; ++k)
        m_specials[k] = _mm_set1_epi8(static_cast<char>(bytes[k]));
#endif
}

size_t QuietScan::scanScalar(const unsigned char *p, size_t i, size_t n, bool &inWord,
                             Run &run) const
{
    for (; i < n; ++i) {
        const unsigned char c = p[i];
        if (m_event[c]) return i;
        if (kSpace.space[c]) {
            inWord = false;
        } else {
            run.words += !inWord;
            inWord = true;
            run.nonSpace = true;
        }
    }
    return n;
}

size_t QuietScan::scan(const unsigned char *p, size_t i, size_t n, bool &inWord, Run &run) const
{
#if defined(__SSE2__)
    if (m_vector) {
        const __m128i newline = _mm_set1_epi8('\n');
        const __m128i blank = _mm_set1_epi8(' ');
        const __m128i tab = _mm_set1_epi8('\t');
        const __m128i four = _mm_set1_epi8(4);
        while (i + 16 <= n) {
            const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i *>(p + i));
            __m128i event = _mm_cmpeq_epi8(v, newline);
            for (int k = 0; k < m_count; ++k)
                event = _mm_or_si128(event, _mm_cmpeq_epi8(v, m_specials[k]));
            // \t \n \v \f \r are 9..13: (byte - 9) <= 4 unsigned, via min.
            const __m128i t = _mm_sub_epi8(v, tab);
            const __m128i space =
                _mm_or_si128(_mm_cmpeq_epi8(_mm_min_epu8(t, four), t), _mm_cmpeq_epi8(v, blank));
            const unsigned events = unsigned(_mm_movemask_epi8(event));
            unsigned word = ~unsigned(_mm_movemask_epi8(space)) & 0xffffu;
            const unsigned len = events ? unsigned(__builtin_ctz(events)) : 16u;
            word &= (1u << len) - 1u;
            // A word starts at a word byte whose predecessor is no word byte.
            const unsigned starts = word & ~((word << 1) | unsigned(inWord));
            run.words += popcount16(starts);
            run.nonSpace |= word != 0;
            if (len > 0) inWord = ((word >> (len - 1)) & 1u) != 0;
            if (events) return i + len;
            i += 16;
        }
    }
#endif
    return scanScalar(p, i, n, inWord, run);
}

} // namespace wm
