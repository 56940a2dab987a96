// SPDX-FileCopyrightText: 2026 WhiteMagic contributors
// SPDX-License-Identifier: MIT

#pragma once

#include "audit/AuditResult.h"

#include <QDateTime>
#include <QString>

namespace wm {

// The compact Markdown report. Without a budget it shows a standard level
// of detail; with `budgetTokens` it starts richer and gives up detail step
// by step (fewer summaries, shallower directory table, fewer rows) until
// the whole report, its closing token line included, fits, and it says
// what it left out.
class MarkdownReport
{
public:
    // Tokens kept for the hexagram line (Options::hexagramLine): its longest
    // form is under 160 bytes.
    static constexpr qint64 hexagramAllowance = 48;

    struct Options
    {
        qint64 budgetTokens = 0; // 0: no budget
        QDateTime generated = QDateTime::currentDateTime();
        // When set, one more line before the closing one, written as given:
        // the hexagram of the audit ("Hexagram of this audit: ..."), as
        // `wm audit` and the desktop app write it. The caller composes it
        // so report/ needs no balance/. It has a fixed allowance of the
        // budget, so the rest of the report does not depend on it.
        QString hexagramLine;
    };

    [[nodiscard]] static QString render(const AuditResult &result, const Options &options);

    // Level of detail; exposed so tests can check that degrading works.
    struct Detail
    {
        int languages = 30;
        int dirDepth = 1;
        int dirRows = 40;
        int largest = 10;
        int summaries = 25;
        int errors = 20;
    };
    [[nodiscard]] static QString renderAt(const AuditResult &result, const Detail &detail,
                                          const Options &options);
    // The next smaller level, or false when nothing is left to give up.
    static bool degrade(Detail &detail);
};

} // namespace wm
