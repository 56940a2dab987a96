// SPDX-FileCopyrightText: 2026 WhiteMagic contributors
// SPDX-License-Identifier: MIT

#pragma once

#include "audit/AuditTotals.h"

#include <QLabel>

namespace wm::ui {

// One line under the table: the totals of the scan so far, and how many
// rows the filter shows.
class TotalsStrip : public QLabel
{
    Q_OBJECT
public:
    explicit TotalsStrip(QWidget *parent = nullptr);
    void setTotals(const AuditTotals &totals, int shownRows);
};

} // namespace wm::ui
