#include "HexagramLayout.h"

#include <algorithm>

namespace wm::ui {

HexagramLayout HexagramLayout::compute(const QRectF &area)
{
    HexagramLayout l;
    l.wide = area.width() >= area.height() * 1.6;
    // Hexagram height first, then everything in units of its bars.
    double h = l.wide ? area.height() : area.height() * 0.5;
    h = std::min(h, area.width() * (l.wide ? 0.36 : 0.5) / aspect);
    const double unit = h / (6 + 5 * spacing);
    l.main = QRectF(area.left(), area.top(), h * aspect, h);
    if (l.wide) l.main.moveTop(area.center().y() - h / 2);
    l.markers = QRectF(l.main.right() + unit * 0.5, l.main.top(), unit * 1.2, h);
    l.arrow = QRectF(l.markers.right() + unit * 0.3, l.main.top(), unit * 2.2, h);
    const QSizeF small(l.main.width() * relatingScale, h * relatingScale);
    l.relating = QRectF(
        QPointF(l.arrow.right() + unit * 0.3, l.main.center().y() - small.height() / 2), small);
    if (l.wide) {
        const double left = l.relating.right() + unit * 2.5;
        l.text = QRectF(left, l.main.top(), std::max(0.0, area.right() - left), h);
    } else {
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
