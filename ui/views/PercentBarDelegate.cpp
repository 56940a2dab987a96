// SPDX-FileCopyrightText: 2026 WhiteMagic contributors
// SPDX-License-Identifier: MIT

#include "PercentBarDelegate.h"

#include <QApplication>
#include <QPainter>

namespace wm::ui {

PercentBarDelegate::PercentBarDelegate(int shareRole, QObject *parent)
    : QStyledItemDelegate(parent), m_role(shareRole)
{
}

void PercentBarDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                               const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QString text = opt.text;
    // Background and selection as the style draws them; text and bar here.
    const QStyle *style = opt.widget ? opt.widget->style() : QApplication::style();
    style->drawPrimitive(QStyle::PE_PanelItemViewItem, &opt, painter, opt.widget);
    const double share = std::clamp(index.data(m_role).toDouble(), 0.0, 1.0);
    const QRect r = option.rect.adjusted(3, 3, -3, -3);
    painter->save();
    QColor bar = option.palette.color(QPalette::Highlight);
    bar.setAlphaF(0.35);
    painter->setPen(Qt::NoPen);
    painter->setBrush(bar);
    painter->drawRect(QRect(r.left(), r.top(), int(r.width() * share), r.height()));
    const bool selected = option.state & QStyle::State_Selected;
    painter->setPen(option.palette.color(selected ? QPalette::HighlightedText : QPalette::Text));
    painter->drawText(r.adjusted(2, 0, -2, 0), Qt::AlignRight | Qt::AlignVCenter, text);
    painter->restore();
}

} // namespace wm::ui
