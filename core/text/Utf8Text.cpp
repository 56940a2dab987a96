// SPDX-FileCopyrightText: 2026 WhiteMagic contributors
// SPDX-License-Identifier: MIT

#include "Utf8Text.h"

#include <cstring>

namespace wm {
namespace {

// Length of the valid sequence starting at s[i], or 0 when invalid. Follows
// the well-formed byte table of the Unicode standard (no overlongs, no
// surrogates, nothing above U+10FFFF).
size_t sequenceLength(std::string_view s, size_t i)
{
    const auto b = [&](size_t k) { return static_cast<unsigned char>(s[k]); };
    const unsigned char c = b(i);
    const size_t left = s.size() - i;
    if (c < 0x80) return 1;
    if (c < 0xC2) return 0;
    if (c < 0xE0) return left >= 2 && (b(i + 1) & 0xC0) == 0x80 ? 2 : 0;
    if (c < 0xF0) {
        if (left < 3) return 0;
        const unsigned char c1 = b(i + 1);
        const unsigned char lo = c == 0xE0 ? 0xA0 : 0x80;
        const unsigned char hi = c == 0xED ? 0x9F : 0xBF;
        if (c1 < lo || c1 > hi || (b(i + 2) & 0xC0) != 0x80) return 0;
        return 3;
    }
    if (c < 0xF5) {
        if (left < 4) return 0;
        const unsigned char c1 = b(i + 1);
        const unsigned char lo = c == 0xF0 ? 0x90 : 0x80;
        const unsigned char hi = c == 0xF4 ? 0x8F : 0xBF;
        if (c1 < lo || c1 > hi || (b(i + 2) & 0xC0) != 0x80 || (b(i + 3) & 0xC0) != 0x80) return 0;
        return 4;
    }
    return 0;
}

// How many bytes of an invalid sequence at s[i] form one maximal subpart
// (the lead byte plus the continuation bytes that were still acceptable).
size_t invalidLength(std::string_view s, size_t i)
{
    const auto c = static_cast<unsigned char>(s[i]);
    size_t expect = 0;
    unsigned char lo = 0x80, hi = 0xBF;
    if (c >= 0xC2 && c < 0xE0)
        expect = 1;
    else if (c >= 0xE0 && c < 0xF0) {
        expect = 2;
        if (c == 0xE0) lo = 0xA0;
        if (c == 0xED) hi = 0x9F;
    } else if (c >= 0xF0 && c < 0xF5) {
        expect = 3;
        if (c == 0xF0) lo = 0x90;
        if (c == 0xF4) hi = 0x8F;
    }
    size_t n = 1;
    for (size_t k = 0; k < expect && i + n < s.size(); ++k) {
        const auto d = static_cast<unsigned char>(s[i + n]);
        if (d < lo || d > hi) break;
        lo = 0x80;
        hi = 0xBF;
        ++n;
    }
    return n;
}

} // namespace

size_t Utf8Text::validPrefix(std::string_view s)
{
    size_t i = 0;
    while (i < s.size()) {
        // ASCII fast path, eight bytes at a time.
        while (i + 8 <= s.size()) {
            unsigned long long w;
            std::memcpy(&w, s.data() + i, 8);
            if (w & 0x8080808080808080ULL) break;
            i += 8;
        }
        if (i >= s.size()) break;
        const size_t n = sequenceLength(s, i);
        if (n == 0) return i;
        i += n;
    }
    return s.size();
}

std::string Utf8Text::repaired(std::string_view s)
{
    std::string out;
    out.reserve(s.size() + 16);
    size_t i = 0;
    while (i < s.size()) {
        const size_t valid = validPrefix(s.substr(i));
        out.append(s.substr(i, valid));
        i += valid;
        if (i >= s.size()) break;
        out.append("\xEF\xBF\xBD");
        i += invalidLength(s, i);
    }
    return out;
}

size_t Utf8Text::boundaryAtOrBefore(std::string_view s, size_t n)
{
    if (n >= s.size()) return s.size();
    // Step back over at most three continuation bytes to a lead byte.
    size_t k = n;
    for (int steps = 0; steps < 3 && k > 0 && (static_cast<unsigned char>(s[k]) & 0xC0) == 0x80;
         ++steps)
        --k;
    return k;
}

bool Utf8Text::sanitize(std::string &text)
{
    for (char &c : text)
        if (c == '\0' || c == markOpen || c == markClose) c = ' ';
    const size_t valid = validPrefix(text);
    if (valid == text.size()) return false;
    text = repaired(text);
    return true;
}

} // namespace wm
