// SPDX-FileCopyrightText: 2026 WhiteMagic contributors
// SPDX-License-Identifier: MIT

#pragma once

#include "balance/HexagramCaster.h"

#include <QCoreApplication>
#include <QString>

namespace wm::ui {

class BalanceModel;

// The panel's words, in one place so the painted widget, the table, the
// tooltips and the accessible description say the same thing.
class BalanceText
{
    Q_DECLARE_TR_FUNCTIONS(BalanceText)
public:
    // "䷊ 11 泰 Tài — Peace"
    static QString title(Hexagram h);
    // "☷ 坤 Kūn — Earth"
    static QString trigram(Trigram t);
    // "3 yang, 3 yin: balanced"
    static QString balance(Hexagram h);
    // "2 in use · 4 recommended"
    static QString threads(int inUse, int recommended);
    // The signal's value with the precision the table shows.
    static QString value(double v);
    // "≥ 0.500 ± 0.100"
    static QString threshold(const HexagramCaster::Rule &rule);
    // "yang: computing" / "yin: waiting", plus ", changing"
    static QString reading(const HexagramCaster::LineReading &l);
    // The tooltip of one drawn line: its signal, value, threshold and reading.
    static QString lineTooltip(const HexagramCaster::LineReading &l);
    // The hexagram in words, for screen readers.
    static QString description(const BalanceModel &model);
};

} // namespace wm::ui
