// SPDX-FileCopyrightText: 2026 WhiteMagic contributors
// SPDX-License-Identifier: MIT

#include "SignalTable.h"

#include "BalanceModel.h"
#include "BalanceText.h"

#include <QHeaderView>

namespace wm::ui {

SignalTable::SignalTable(const BalanceModel &model, QWidget *parent)
    : QTableWidget(6, ColumnCount, parent), m_model(model)
{
    setObjectName(QStringLiteral("balanceSignalTable"));
    setAccessibleName(tr("Balance signals"));
    setHorizontalHeaderLabels(
        {tr("Line"), tr("Signal"), tr("Value"), tr("Yang when"), tr("Reading")});
    verticalHeader()->hide();
    horizontalHeader()->setStretchLastSection(true);
    horizontalHeader()->setHighlightSections(false);
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setSelectionMode(QAbstractItemView::NoSelection);
    setFocusPolicy(Qt::NoFocus); // read-only figures; no current-cell frame
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setWordWrap(false);
    setShowGrid(false);
    setAlternatingRowColors(true);
    for (int row = 0; row < 6; ++row) {
        const int line = 6 - row;
        const HexagramCaster::Rule &rule = HexagramCaster::rule(line);
        for (int c = 0; c < ColumnCount; ++c)
            setCell(row, c, QString());
        setCell(row, LineColumn, QString::number(line));
        setCell(row, SignalColumn, QCoreApplication::translate("HexagramCaster", rule.label),
                QCoreApplication::translate("HexagramCaster", rule.definition));
        setCell(row, ThresholdColumn, BalanceText::threshold(rule));
        for (int c = 0; c < ColumnCount; ++c) {
            if (c == ValueColumn || c == ThresholdColumn)
                item(row, c)->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            else if (c == LineColumn)
                item(row, c)->setTextAlignment(Qt::AlignCenter);
        }
    }
    // The value column never changes width as the figures move.
    item(0, ValueColumn)->setText(QStringLiteral("00000.000"));
    resizeColumnsToContents();
    resizeRowsToContents();
    connect(&m_model, &BalanceModel::changed, this, &SignalTable::onModelChanged);
    onModelChanged();
}

QSize SignalTable::sizeHint() const
{
    int h = horizontalHeader()->height() + 2 * frameWidth();
    for (int row = 0; row < rowCount(); ++row)
        h += rowHeight(row);
    return {QTableWidget::sizeHint().width(), h};
}

void SignalTable::setCell(int row, int column, const QString &text, const QString &tooltip)
{
    QTableWidgetItem *it = item(row, column);
    if (!it) {
        it = new QTableWidgetItem; // owned by the table
        setItem(row, column, it);
    }
    if (it->text() != text) it->setText(text);
    if (!tooltip.isNull() && it->toolTip() != tooltip) it->setToolTip(tooltip);
}

void SignalTable::onModelChanged()
{
    for (int row = 0; row < 6; ++row) {
        if (!m_model.hasCast()) {
            setCell(row, ValueColumn, QStringLiteral("—"));
            setCell(row, ReadingColumn, QString());
            continue;
        }
        const HexagramCaster::LineReading &l = m_model.reading().lines[size_t(5 - row)];
        setCell(row, ValueColumn, BalanceText::value(l.value));
        setCell(row, ReadingColumn, BalanceText::reading(l), BalanceText::lineTooltip(l));
        QFont f = font();
        f.setBold(l.changing());
        if (item(row, ReadingColumn)->font() != f) item(row, ReadingColumn)->setFont(f);
    }
}

} // namespace wm::ui
