// SPDX-FileCopyrightText: 2026 WhiteMagic contributors
// SPDX-License-Identifier: MIT

#pragma once

#include "search/SearchHit.h"

#include <QStyledItemDelegate>
#include <QTextLayout>

namespace wm::ui {

// Paints one hit in the results list: file name and folder, the title, and
// the snippet with its line number. Hit words are highlighted from the
// engine's UTF-16 offsets (HitSpan) as text-layout formats; no markup is
// ever parsed, so text such as "<b>" in a file shows as it is.
class SearchHitDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    explicit SearchHitDelegate(QObject *parent = nullptr);

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

    // The format ranges that highlight `spans` (clipped to `length`).
    static QList<QTextLayout::FormatRange> highlightRanges(const QList<HitSpan> &spans, int length,
                                                           const QPalette &palette);
    // The hit background, readable on light and dark palettes.
    static QColor hitBackground(const QPalette &palette);

private:
    void drawLine(QPainter *painter, const QRect &rect, const QString &text,
                  QList<QTextLayout::FormatRange> formats, const QFont &font,
                  const QColor &color) const;
};

} // namespace wm::ui
