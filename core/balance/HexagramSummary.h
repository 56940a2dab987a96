// SPDX-FileCopyrightText: 2026 WhiteMagic contributors
// SPDX-License-Identifier: MIT

#pragma once

#include "Casting.h"

#include <QString>

namespace wm {

struct AuditResult;

// The hexagram of one audit in one line: symbol, King Wen number, names,
// balance, the changes if any, and the recommended thread count, e.g.
//   ䷊ 11 泰 Tài — Peace · 3 yang, 3 yin: balanced · recommended threads: 4
// `wm hexagram DIR` prints it, the desktop app shows it after a run and puts
// it into the exported report, so all three say the same thing.
class HexagramSummary
{
public:
    static QString line(const Casting &casting, int recommendedThreads);
    // Cast from BalanceSignals::fromAudit(result), the way `wm hexagram DIR` casts.
    static QString ofAudit(const AuditResult &result);
    // The words before the line in the CLI's text and the report.
    static QString label() { return QStringLiteral("Hexagram of this audit"); }
};

} // namespace wm
