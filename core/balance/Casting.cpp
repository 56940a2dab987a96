// SPDX-FileCopyrightText: 2026 WhiteMagic contributors
// SPDX-License-Identifier: MIT

#include "Casting.h"

namespace wm {

Casting Casting::unchanging(Hexagram h)
{
    std::array<Line, 6> lines;
    for (int i = 0; i < 6; ++i)
        lines[size_t(i)] = Line{h.isYang(i + 1), false};
    return Casting(lines);
}

std::optional<Casting> Casting::parse(QStringView digits, QString *error)
{
    const auto fail = [&](const QString &why) -> std::optional<Casting> {
        if (error) *error = why;
        return std::nullopt;
    };
    if (digits.size() != 6)
        return fail(QStringLiteral("expected six digits, one per line from the bottom up, got %1 "
                                   "character(s) in '%2'")
                        .arg(QString::number(digits.size()), digits.toString()));
    std::array<Line, 6> lines;
    for (int i = 0; i < 6; ++i) {
        const std::optional<Line> l = Line::fromDigit(digits[i]);
        if (!l)
            return fail(QStringLiteral("'%1' (line %2) is not a line: use 0 yin, 1 yang, or 6 old "
                                       "yin, 7 young yang, 8 young yin, 9 old yang")
                            .arg(QString(digits[i]), QString::number(i + 1)));
        lines[size_t(i)] = *l;
    }
    return Casting(lines);
}

Hexagram Casting::primary() const
{
    int bits = 0;
    for (int i = 0; i < 6; ++i)
        bits |= m_lines[size_t(i)].yang ? 1 << i : 0;
    return Hexagram::fromBits(bits);
}

QList<int> Casting::changingLines() const
{
    QList<int> out;
    for (int i = 0; i < 6; ++i) {
        if (m_lines[size_t(i)].changing) out.append(i + 1);
    }
    return out;
}

Hexagram Casting::relating() const
{
    int bits = 0;
    for (int i = 0; i < 6; ++i)
        bits |= m_lines[size_t(i)].changed().yang ? 1 << i : 0;
    return Hexagram::fromBits(bits);
}

QString Casting::traditionalDigits() const
{
    QString s;
    for (const Line &l : m_lines)
        s += QChar(u'0' + l.traditionalValue());
    return s;
}

} // namespace wm
