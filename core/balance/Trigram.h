// SPDX-FileCopyrightText: 2026 WhiteMagic contributors
// SPDX-License-Identifier: MIT

#pragma once

#include <QString>
#include <optional>
#include <string_view>

namespace wm {

// One of the eight trigrams (bagua): three lines, bottom first. `bits()` has
// bit 0 for the bottom line, set for yang, so Zhen ☳ (one yang line at the
// bottom) is 0b001 and Gen ☶ (one yang line on top) is 0b100.
class Trigram
{
public:
    // In the order of the Unicode block: U+2630 ☰ Qian ... U+2637 ☷ Kun.
    enum Id : quint8
    {
        Qian,
        Dui,
        Li,
        Zhen,
        Xun,
        Kan,
        Gen,
        Kun
    };
    static constexpr int count = 8;

    static Trigram fromId(Id id) { return Trigram(id); }
    static Trigram fromBits(int bits); // only the low three bits are used
    // "qian", "dui", ... (pinyin without tone marks, lower case).
    static std::optional<Trigram> fromKey(std::string_view key);

    [[nodiscard]] Id id() const { return m_id; }
    [[nodiscard]] int bits() const;
    [[nodiscard]] bool isYang(int line) const { return (bits() >> (line - 1)) & 1; } // line 1..3
    [[nodiscard]] QString linesString() const; // "100" for Zhen, bottom first

    [[nodiscard]] char32_t codepoint() const { return U'\u2630' + m_id; }
    [[nodiscard]] QString symbol() const;
    [[nodiscard]] QString key() const;       // "zhen"
    [[nodiscard]] QString chinese() const;   // "震"
    [[nodiscard]] QString pinyin() const;    // "zhèn"
    [[nodiscard]] QString image() const;     // "Thunder"
    [[nodiscard]] QString attribute() const; // "The Arousing" (Wilhelm/Baynes)

    bool operator==(const Trigram &) const = default;

private:
    explicit Trigram(Id id) : m_id(id) {}
    Id m_id;
};

} // namespace wm
