// SPDX-FileCopyrightText: 2026 WhiteMagic contributors
// SPDX-License-Identifier: MIT

#pragma once

#include <QStyledItemDelegate>

namespace wm::ui {

// A folder's share of its parent as a bar behind the percentage, drawn
// with the palette's highlight colour so it suits light and dark themes
// (the QDirStat way of seeing where the bulk is).
class PercentBarDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    PercentBarDelegate(int shareRole, QObject *parent = nullptr);
    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;

private:
    int m_role;
};

} // namespace wm::ui
