// SPDX-FileCopyrightText: 2026 WhiteMagic contributors
// SPDX-License-Identifier: MIT

#pragma once

#include <QRectF>
#include <array>

namespace wm::ui {

// Where the hexagram widget draws what, for a given size: pure geometry, so
// the painting, the tooltips and the tests agree on it. Everything scales
// with the widget; nothing is a fixed pixel size.
//
// Wide widgets put the names to the right of the hexagram and the resulting
// hexagram under them; narrow ones put the resulting hexagram to the right
// and the names below. The slot of the resulting hexagram is always
// reserved, so nothing jumps when lines start or stop changing.
struct HexagramLayout
{
    static constexpr double aspect = 1.15;   // hexagram width / height
    static constexpr double spacing = 0.7;   // space between bars / bar height
    static constexpr double gapWidth = 0.22; // the break of a yin line / hexagram width
    static constexpr double relatingScale = 0.36;

    QRectF main;     // the six bars of the cast hexagram
    QRectF markers;  // the column of changing-line marks, right of `main`
    QRectF arrow;    // between the two hexagrams
    QRectF relating; // the hexagram the changes lead to, smaller
    QRectF caption;  // its name, beside it
    QRectF text;     // names, number, trigrams
    bool wide = true;

    static HexagramLayout compute(const QRectF &area);

    // The bar of line n (1 bottom ... 6 top) within `hexagram`.
    static QRectF bar(const QRectF &hexagram, int line);
    // The band around line n a pointer can hover: the bar and half the
    // space to each neighbour, across the hexagram and its marker.
    [[nodiscard]] QRectF lineBand(int line) const;
    [[nodiscard]] double barHeight() const { return barHeightOf(main); }
    static double barHeightOf(const QRectF &hexagram)
    {
        return hexagram.height() / (6 + 5 * spacing);
    }
};

} // namespace wm::ui
