// SPDX-FileCopyrightText: 2026 WhiteMagic contributors
// SPDX-License-Identifier: MIT

#pragma once

#include <QTableWidget>

namespace wm::ui {

class BalanceModel;

// The six signals in a compact table, line 6 on top as drawn: the line,
// its signal, the current value, the threshold (± the band within which the
// line counts as changing) and the reading. Cells are rewritten only when
// their text changes, so a steady run repaints nothing.
class SignalTable : public QTableWidget
{
    Q_OBJECT
public:
    enum Column
    {
        LineColumn,
        SignalColumn,
        ValueColumn,
        ThresholdColumn,
        ReadingColumn,
        ColumnCount
    };

    explicit SignalTable(const BalanceModel &model, QWidget *parent = nullptr);
    [[nodiscard]] QSize sizeHint() const override;

private:
    void onModelChanged();
    void setCell(int row, int column, const QString &text, const QString &tooltip = {});

    const BalanceModel &m_model;
};

} // namespace wm::ui
