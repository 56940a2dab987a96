// SPDX-FileCopyrightText: 2026 WhiteMagic contributors
// SPDX-License-Identifier: MIT

#include "HexagramLayout.h"

#include <algorithm>

namespace wm::ui {

HexagramLayout HexagramLayout::compute(const QRectF &area)
{
    HexagramLayout l;
    // Whichever arrangement gives the larger hexagram.
    const double wideH = std::min(area.height(), area.width() * 0.42 / aspect);
    const double tallH = std::min(area.height() * 0.55, area.width() * 0.55 / aspect);
    l.wide = wideH >= tallH;
    const double h = l.wide ? wideH : tallH;
    const double unit = h / (6 + 5 * spacing);
    l.main = QRectF(area.left(), area.top(), h * aspect, h);
    if (l.wide) l.main.moveTop(area.center().y() - h / 2);
    l.markers = QRectF(l.main.right() + unit * 0.5, l.main.top(), unit * 1.2, h);
    const QSizeF small(l.main.width() * relatingScale, h * relatingScale);
    const double column = l.markers.right() + unit * (l.wide ? 1.8 : 0.6);
    if (l.wide) {
        // Names on top of the column, the resulting hexagram at its foot.
        l.arrow = QRectF(column, l.main.bottom() - small.height(), unit * 2.2, small.height());
        l.text = QRectF(column, l.main.top(), std::max(0.0, area.right() - column),
                        h - small.height() - unit);
    } else {
        l.arrow =
            QRectF(column, l.main.center().y() - small.height() / 2, unit * 2.2, small.height());
    }
    l.relating = QRectF(QPointF(l.arrow.right() + unit * 0.5, l.arrow.top()), small);
    const double captionLeft = l.relating.right() + unit;
    l.caption = QRectF(captionLeft, l.relating.top(), std::max(0.0, area.right() - captionLeft),
                       small.height());
    if (!l.wide) {
        const double top = l.main.bottom() + unit * 1.5;
        l.text = QRectF(area.left(), top, area.width(), std::max(0.0, area.bottom() - top));
    }
    return l;
}

QRectF HexagramLayout::bar(const QRectF &hexagram, int line)
{
    const double t = barHeightOf(hexagram);
    const double bottom = hexagram.bottom() - (line - 1) * t * (1 + spacing);
    return QRectF(hexagram.left(), bottom - t, hexagram.width(), t);
}

QRectF HexagramLayout::lineBand(int line) const
{
    const QRectF b = bar(main, line);
    const double half = barHeight() * spacing / 2;
    return QRectF(QPointF(main.left(), b.top() - half),
                  QPointF(markers.right(), b.bottom() + half));
}

} // namespace wm::ui
