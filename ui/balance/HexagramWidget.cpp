// SPDX-FileCopyrightText: 2026 WhiteMagic contributors
// SPDX-License-Identifier: MIT

#include "HexagramWidget.h"

#include "BalanceModel.h"
#include "BalanceText.h"

#include <QHelpEvent>
#include <QPainter>
#include <QPainterPath>
#include <QStyle>
#include <QToolTip>
#include <algorithm>
#include <cmath>

namespace wm::ui {
namespace {

// Edges on whole device pixels, through the painter's device transform
// (the screen's ratio, or an image's when rendered into one, and the
// widget's offset in it): bars stay sharp at any size and ratio.
QRectF snapped(const QRectF &r, const QTransform &toDevice)
{
    const QRectF d = toDevice.mapRect(r);
    const QRectF whole(QPointF(std::round(d.left()), std::round(d.top())),
                       QPointF(std::round(d.right()), std::round(d.bottom())));
    return toDevice.inverted().mapRect(whole);
}

QColor mix(const QColor &a, const QColor &b, double t)
{
    return QColor::fromRgbF(float(a.redF() * (1 - t) + b.redF() * t),
                            float(a.greenF() * (1 - t) + b.greenF() * t),
                            float(a.blueF() * (1 - t) + b.blueF() * t));
}

// A bar with its break open by `gap` (0 solid, 1 a full yin break).
void paintBar(QPainter &p, const QRectF &bar, double gap, const QColor &color)
{
    const QTransform t = p.deviceTransform();
    const double g = bar.width() * HexagramLayout::gapWidth * gap;
    if (g * t.m11() < 0.5) {
        p.fillRect(snapped(bar, t), color);
        return;
    }
    const double half = (bar.width() - g) / 2;
    p.fillRect(snapped(QRectF(bar.left(), bar.top(), half, bar.height()), t), color);
    p.fillRect(snapped(QRectF(bar.right() - half, bar.top(), half, bar.height()), t), color);
}

} // namespace

HexagramWidget::HexagramWidget(const BalanceModel &model, QWidget *parent)
    : QWidget(parent), m_model(model), m_transition(this)
{
    setObjectName(QStringLiteral("hexagramWidget"));
    setAccessibleName(tr("Balance hexagram"));
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
    connect(&m_model, &BalanceModel::changed, this, &HexagramWidget::onModelChanged);
    // An animation frame moves bars only: repaint just them, not the names.
    connect(&m_transition, &LineTransition::frame, this, [this] {
        const HexagramLayout l = currentLayout();
        update(l.main.united(l.markers).toAlignedRect().adjusted(-2, -2, 2, 2));
    });
    onModelChanged();
}

QSize HexagramWidget::sizeHint() const
{
    return {560, 220};
}

QSize HexagramWidget::minimumSizeHint() const
{
    return {240, 120};
}

bool HexagramWidget::animate() const
{
    // Hidden, nobody would see it; with animations off, the change is enough.
    return isVisible() &&
           style()->styleHint(QStyle::SH_Widget_Animation_Duration, nullptr, this) > 0;
}

void HexagramWidget::onModelChanged()
{
    const std::optional<Casting> now =
        m_model.hasCast() ? std::optional<Casting>(m_model.casting()) : std::nullopt;
    const QString description = BalanceText::description(m_model);
    if (accessibleDescription() != description) setAccessibleDescription(description);
    if (now == m_shown && m_model.hasCast()) return; // values only: nothing drawn changes
    if (now) {
        if (!m_shown || !animate())
            m_transition.jumpTo(now->lines());
        else
            m_transition.moveTo(now->lines());
    }
    m_shown = now;
    update();
}

QRectF HexagramWidget::contentRect() const
{
    const double m = std::clamp(std::min(width(), height()) * 0.06, 4.0, 24.0);
    return QRectF(rect()).adjusted(m, m, -m, -m);
}

HexagramLayout HexagramWidget::currentLayout() const
{
    return HexagramLayout::compute(contentRect());
}

void HexagramWidget::paintEvent(QPaintEvent *event)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    p.setRenderHint(QPainter::TextAntialiasing);
    if (!m_shown) {
        paintPlaceholder(p, contentRect());
        return;
    }
    const HexagramLayout l = currentLayout();
    paintHexagram(p, l.main, *m_shown, true);
    paintMarks(p, l, *m_shown);
    const QRect dirty = event->rect();
    if (m_shown->hasChanges() && dirty.intersects(l.arrow.united(l.relating).toAlignedRect())) {
        paintArrow(p, l.arrow);
        paintHexagram(p, l.relating, Casting::unchanging(m_shown->relating()), false);
    }
    // Shaping the names is the costly part of a frame; skip it when clipped away.
    if (dirty.intersects(l.text.united(l.caption).toAlignedRect())) paintText(p, l, *m_shown);
}

void HexagramWidget::paintPlaceholder(QPainter &p, const QRectF &area) const
{
    const QColor dim =
        mix(palette().color(QPalette::WindowText), palette().color(QPalette::Window), 0.5);
    p.setPen(dim);
    QFont f = font();
    f.setPixelSize(int(std::clamp(area.height() / 10, 11.0, 18.0)));
    p.setFont(f);
    const QString text =
        m_model.state() == BalanceModel::State::Running
            ? tr("Measuring the running audit…")
            : tr("Audit a folder to cast its hexagram from the engine's measurements.");
    p.drawText(area, Qt::AlignCenter | Qt::TextWordWrap, text);
}

void HexagramWidget::paintHexagram(QPainter &p, const QRectF &rect, const Casting &c,
                                   bool live) const
{
    const QColor ink = palette().color(QPalette::WindowText);
    const QColor accent = palette().color(QPalette::Highlight);
    const QColor dim = mix(ink, palette().color(QPalette::Window), 0.45);
    for (int n = 1; n <= 6; ++n) {
        const Line &line = c.line(n);
        const double gap = live ? m_transition.gap(n) : (line.yang ? 0.0 : 1.0);
        const QColor color = !live ? dim : line.changing ? accent : ink;
        paintBar(p, HexagramLayout::bar(rect, n), gap, color);
    }
}

void HexagramWidget::paintMarks(QPainter &p, const HexagramLayout &l, const Casting &c) const
{
    const double t = l.barHeight();
    QPen pen(palette().color(QPalette::Highlight), std::max(1.0, t * 0.18));
    pen.setCapStyle(Qt::RoundCap);
    p.setPen(pen);
    p.setBrush(Qt::NoBrush);
    for (int n : c.changingLines()) {
        const QRectF b = HexagramLayout::bar(l.main, n);
        const double r = t * 0.42;
        const QPointF centre(l.markers.center().x(), b.center().y());
        if (c.line(n).yang) {
            p.drawEllipse(centre, r, r); // old yang ○
        } else {
            p.drawLine(centre + QPointF(-r, -r), centre + QPointF(r, r)); // old yin ×
            p.drawLine(centre + QPointF(-r, r), centre + QPointF(r, -r));
        }
    }
}

void HexagramWidget::paintArrow(QPainter &p, const QRectF &rect) const
{
    const QColor dim =
        mix(palette().color(QPalette::WindowText), palette().color(QPalette::Window), 0.45);
    const double t = HexagramLayout::barHeightOf(QRectF(0, 0, 1, rect.height()));
    const double y = rect.center().y();
    const double head = t * 0.6;
    QPen pen(dim, std::max(1.0, t * 0.16));
    pen.setCapStyle(Qt::RoundCap);
    pen.setJoinStyle(Qt::RoundJoin);
    p.setPen(pen);
    p.drawLine(QPointF(rect.left(), y), QPointF(rect.right(), y));
    p.drawLine(QPointF(rect.right() - head, y - head), QPointF(rect.right(), y));
    p.drawLine(QPointF(rect.right() - head, y + head), QPointF(rect.right(), y));
}

namespace {

struct TextRow
{
    QString text;
    double size; // relative to the base size
    QColor color;
    bool fit; // shrink everything until it fits; otherwise elided
};

// Draws `rows` top down in `box` at the largest base size at which they fit
// its height and the `fit` rows its width.
void paintRows(QPainter &p, const QFont &font, const QRectF &box, const std::vector<TextRow> &rows,
               double maxBase, bool centre)
{
    constexpr double leading = 1.3;
    double total = 0;
    for (const TextRow &r : rows)
        total += r.size * leading;
    double base = std::min(maxBase, box.height() / total);
    QFont f = font;
    for (const TextRow &r : rows) {
        if (!r.fit) continue;
        f.setPixelSize(std::max(1, int(base * r.size)));
        const double w = QFontMetricsF(f).horizontalAdvance(r.text);
        if (w > box.width() && w > 0) base *= box.width() * 0.97 / w; // int sizes, rounding
    }
    double y = box.top() + (centre ? (box.height() - total * base) / 2 : 0);
    for (const TextRow &r : rows) {
        if (base * r.size < 7) continue; // too small to read: left to the tooltip and table
        f.setPixelSize(int(base * r.size));
        p.setFont(f);
        p.setPen(r.color);
        const double lineH = base * r.size * leading;
        // Fitted rows are already narrow enough (elidedText measures fallback
        // glyphs a little wider than horizontalAdvance and would cut them).
        const QString text =
            r.fit ? r.text : QFontMetricsF(f).elidedText(r.text, Qt::ElideRight, box.width());
        p.drawText(QRectF(box.left(), y, box.width(), lineH), Qt::AlignLeft | Qt::AlignVCenter,
                   text);
        y += lineH;
    }
}

} // namespace

void HexagramWidget::paintText(QPainter &p, const HexagramLayout &l, const Casting &c) const
{
    const Hexagram h = c.primary();
    const QColor ink = palette().color(QPalette::WindowText);
    const QColor dim = mix(ink, palette().color(QPalette::Window), 0.3);
    const double maxBase = l.barHeight() * 1.2;
    paintRows(
        p, font(), l.text,
        {{QStringLiteral("%1 %2").arg(h.symbol(), QString::number(h.number())), 1.6, ink, true},
         {QStringLiteral("%1 %2").arg(h.chinese(), h.pinyin()), 1.25, ink, true},
         {h.english(), 1.0, ink, true},
         {tr("above: %1").arg(BalanceText::trigram(h.upper())), 0.72, dim, false},
         {tr("below: %1").arg(BalanceText::trigram(h.lower())), 0.72, dim, false}},
        maxBase, false);
    if (!c.hasChanges()) return;
    const Hexagram r = c.relating();
    const QColor accent = palette().color(QPalette::Highlight);
    paintRows(
        p, font(), l.caption,
        {{tr("becomes %1 %2").arg(r.symbol(), QString::number(r.number())), 1.0, accent, true},
         {QStringLiteral("%1 %2").arg(r.chinese(), r.pinyin()), 1.0, accent, true},
         {r.english(), 0.85, accent, false}},
        maxBase * 0.6, true);
}

bool HexagramWidget::event(QEvent *event)
{
    if (event->type() != QEvent::ToolTip) return QWidget::event(event);
    auto *help = static_cast<QHelpEvent *>(event);
    if (m_model.hasCast()) {
        const HexagramLayout l = currentLayout();
        for (int n = 1; n <= 6; ++n) {
            const QRectF band = l.lineBand(n);
            if (!band.contains(help->pos())) continue;
            QToolTip::showText(help->globalPos(),
                               BalanceText::lineTooltip(m_model.reading().lines[size_t(n - 1)]),
                               this, band.toAlignedRect());
            return true;
        }
    }
    QToolTip::hideText();
    event->ignore();
    return true;
}

} // namespace wm::ui
