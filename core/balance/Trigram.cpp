// SPDX-FileCopyrightText: 2026 WhiteMagic contributors
// SPDX-License-Identifier: MIT

#include "Trigram.h"

#include <array>

namespace wm {
namespace {

struct Info
{
    int bits;
    const char *key;
    const char16_t *chinese;
    const char16_t *pinyin;
    const char *image;
    const char *attribute;
};

// Indexed by Trigram::Id. Bits: bottom line is bit 0 (Dui ☱ 110 bottom
// first = yang, yang, yin = 0b011). Names as in Wilhelm/Baynes, Book I, "The
// Eight Trigrams"; the images are also the Unicode names of U+2630..U+2637.
constexpr std::array<Info, Trigram::count> kInfo{{
    {0b111, "qian", u"乾", u"qián", "Heaven", "The Creative"},
    {0b011, "dui", u"兌", u"duì", "Lake", "The Joyous"},
    {0b101, "li", u"離", u"lí", "Fire", "The Clinging"},
    {0b001, "zhen", u"震", u"zhèn", "Thunder", "The Arousing"},
    {0b110, "xun", u"巽", u"xùn", "Wind", "The Gentle"},
    {0b010, "kan", u"坎", u"kǎn", "Water", "The Abysmal"},
    {0b100, "gen", u"艮", u"gèn", "Mountain", "Keeping Still"},
    {0b000, "kun", u"坤", u"kūn", "Earth", "The Receptive"},
}};

const Info &info(Trigram::Id id)
{
    return kInfo[size_t(id)];
}

} // namespace

Trigram Trigram::fromBits(int bits)
{
    for (size_t i = 0; i < kInfo.size(); ++i) {
        if (kInfo[i].bits == (bits & 7)) return Trigram(Id(i));
    }
    return Trigram(Kun); // not reached: the table covers all eight patterns
}

std::optional<Trigram> Trigram::fromKey(std::string_view key)
{
    for (size_t i = 0; i < kInfo.size(); ++i) {
        if (key == kInfo[i].key) return Trigram(Id(i));
    }
    return std::nullopt;
}

int Trigram::bits() const
{
    return info(m_id).bits;
}

QString Trigram::linesString() const
{
    QString s;
    for (int line = 1; line <= 3; ++line)
        s += isYang(line) ? QLatin1Char('1') : QLatin1Char('0');
    return s;
}

QString Trigram::symbol() const
{
    const char32_t cp = codepoint();
    return QString::fromUcs4(&cp, 1);
}

QString Trigram::key() const
{
    return QString::fromLatin1(info(m_id).key);
}

QString Trigram::chinese() const
{
    return QString::fromUtf16(info(m_id).chinese);
}

QString Trigram::pinyin() const
{
    return QString::fromUtf16(info(m_id).pinyin);
}

QString Trigram::image() const
{
    return QString::fromLatin1(info(m_id).image);
}

QString Trigram::attribute() const
{
    return QString::fromLatin1(info(m_id).attribute);
}

} // namespace wm
