// SPDX-FileCopyrightText: 2026 WhiteMagic contributors
// SPDX-License-Identifier: MIT

#pragma once

#include "Hexagram.h"
#include "Line.h"

#include <QList>
#include <QString>
#include <array>
#include <optional>

namespace wm {

// Six lines with their changes, as cast: the primary hexagram, which lines
// are changing, and the hexagram the changes lead to (the "relating" one).
class Casting
{
public:
    explicit Casting(const std::array<Line, 6> &lines) : m_lines(lines) {}
    static Casting unchanging(Hexagram h);

    // Six digits, bottom line first: '1' yang and '0' yin, or the traditional
    // '6' old yin, '7' young yang, '8' young yin, '9' old yang (6 and 9 are
    // changing). Mixing both forms is allowed. On failure says what is wrong.
    static std::optional<Casting> parse(QStringView digits, QString *error = nullptr);

    [[nodiscard]] const std::array<Line, 6> &lines() const { return m_lines; }
    [[nodiscard]] const Line &line(int n) const { return m_lines[size_t(n - 1)]; } // 1..6
    [[nodiscard]] Hexagram primary() const;
    [[nodiscard]] QList<int> changingLines() const; // 1-based, bottom first
    [[nodiscard]] bool hasChanges() const { return !changingLines().isEmpty(); }
    // Every changing line turned into its opposite; the primary when none change.
    [[nodiscard]] Hexagram relating() const;
    // Traditional digits 6/7/8/9, bottom first.
    [[nodiscard]] QString traditionalDigits() const;

    bool operator==(const Casting &) const = default;

private:
    std::array<Line, 6> m_lines;
};

} // namespace wm
