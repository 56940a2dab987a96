// SPDX-FileCopyrightText: 2026 WhiteMagic contributors
// SPDX-License-Identifier: MIT

#pragma once

#include "Trigram.h"

#include <QString>
#include <optional>

namespace wm {

// One of the 64 hexagrams: six lines, bottom (line 1) to top (line 6).
// `bits()` has bit i for line i+1, set for yang; the lower trigram is lines
// 1-3, the upper lines 4-6. Numbers are those of the King Wen sequence.
class Hexagram
{
public:
    static constexpr int count = 64;

    static Hexagram fromBits(int bits) { return Hexagram(bits & 63); }
    static Hexagram fromTrigrams(Trigram lower, Trigram upper)
    {
        return Hexagram(lower.bits() | (upper.bits() << 3));
    }
    static std::optional<Hexagram> fromNumber(int kingWen);

    [[nodiscard]] int bits() const { return m_bits; }
    [[nodiscard]] int number() const;
    [[nodiscard]] bool isYang(int line) const { return (m_bits >> (line - 1)) & 1; } // line 1..6
    [[nodiscard]] QString linesString() const; // "111000" for Tai, bottom first

    [[nodiscard]] Trigram lower() const { return Trigram::fromBits(m_bits); }
    [[nodiscard]] Trigram upper() const { return Trigram::fromBits(m_bits >> 3); }

    // Turned upside down: line i becomes line 7-i.
    [[nodiscard]] Hexagram inverse() const;
    // Every line flipped, yin for yang.
    [[nodiscard]] Hexagram opposite() const { return Hexagram(~m_bits & 63); }
    // The nuclear (inner) hexagram: lines 2-4 as its lower trigram and
    // lines 3-5 as its upper one.
    [[nodiscard]] Hexagram nuclear() const;

    [[nodiscard]] int yangCount() const;
    [[nodiscard]] int yinCount() const { return 6 - yangCount(); }
    [[nodiscard]] bool isBalanced() const { return yangCount() == 3; }
    // Yin lines per yang line: 1 when balanced, 0 for Qian, infinity for Kun
    // (no yang line); JSON output writes the counts alongside.
    [[nodiscard]] double yinYangRatio() const;

    // U+4DC0 + number - 1.
    [[nodiscard]] char32_t codepoint() const { return char32_t(0x4DC0 + number() - 1); }
    [[nodiscard]] QString symbol() const;
    [[nodiscard]] QString chinese() const;
    [[nodiscard]] QString pinyin() const;
    [[nodiscard]] QString english() const;

    bool operator==(const Hexagram &) const = default;

private:
    explicit Hexagram(int bits) : m_bits(quint8(bits)) {}
    quint8 m_bits;
};

} // namespace wm
