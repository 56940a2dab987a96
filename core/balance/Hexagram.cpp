// SPDX-FileCopyrightText: 2026 WhiteMagic contributors
// SPDX-License-Identifier: MIT

#include "Hexagram.h"

#include "KingWen.h"

#include <bit>
#include <limits>

namespace wm {

std::optional<Hexagram> Hexagram::fromNumber(int kingWen)
{
    if (kingWen < 1 || kingWen > count) return std::nullopt;
    return Hexagram(KingWen::table().byNumber(kingWen).bits);
}

int Hexagram::number() const
{
    return KingWen::table().numberOf(m_bits);
}

QString Hexagram::linesString() const
{
    QString s;
    for (int line = 1; line <= 6; ++line)
        s += isYang(line) ? QLatin1Char('1') : QLatin1Char('0');
    return s;
}

Hexagram Hexagram::inverse() const
{
    int out = 0;
    for (int i = 0; i < 6; ++i) {
        if ((m_bits >> i) & 1) out |= 1 << (5 - i);
    }
    return Hexagram(out);
}

Hexagram Hexagram::nuclear() const
{
    const int lower = (m_bits >> 1) & 7; // lines 2, 3, 4
    const int upper = (m_bits >> 2) & 7; // lines 3, 4, 5
    return Hexagram(lower | (upper << 3));
}

int Hexagram::yangCount() const
{
    return std::popcount(unsigned(m_bits));
}

double Hexagram::yinYangRatio() const
{
    const int yang = yangCount();
    return yang == 0 ? std::numeric_limits<double>::infinity() : double(6 - yang) / yang;
}

QString Hexagram::symbol() const
{
    const char32_t cp = codepoint();
    return QString::fromUcs4(&cp, 1);
}

QString Hexagram::chinese() const
{
    return KingWen::table().byNumber(number()).chinese;
}

QString Hexagram::pinyin() const
{
    return KingWen::table().byNumber(number()).pinyin;
}

QString Hexagram::english() const
{
    return KingWen::table().byNumber(number()).english;
}

} // namespace wm
