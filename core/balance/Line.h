// SPDX-FileCopyrightText: 2026 WhiteMagic contributors
// SPDX-License-Identifier: MIT

#pragma once

#include <QChar>
#include <optional>

namespace wm {

// One line of a hexagram: yang (solid) or yin (broken), and whether it is
// changing ("old"), i.e. about to turn into its opposite. The traditional
// yarrow/coin values: 6 old yin (changing), 7 young yang, 8 young yin,
// 9 old yang (changing).
struct Line
{
    bool yang = false;
    bool changing = false;

    // '0' yin, '1' yang, or the traditional '6', '7', '8', '9'.
    static std::optional<Line> fromDigit(QChar c)
    {
        switch (c.unicode()) {
        case u'0':
            return Line{false, false};
        case u'1':
            return Line{true, false};
        case u'6':
            return Line{false, true};
        case u'7':
            return Line{true, false};
        case u'8':
            return Line{false, false};
        case u'9':
            return Line{true, true};
        default:
            return std::nullopt;
        }
    }

    [[nodiscard]] int traditionalValue() const
    {
        return yang ? (changing ? 9 : 7) : (changing ? 6 : 8);
    }

    // The line after the change: an old line turns into its young opposite.
    [[nodiscard]] Line changed() const { return Line{changing ? !yang : yang, false}; }

    bool operator==(const Line &) const = default;
};

} // namespace wm
