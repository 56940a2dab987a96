// SPDX-FileCopyrightText: 2026 WhiteMagic contributors
// SPDX-License-Identifier: MIT

#pragma once

#include "MarkdownLayout.h"
#include "TreeDigest.h"
#include "audit/AuditResult.h"

#include <QDateTime>
#include <QString>

namespace wm {

// The Markdown report: a map of the tree for a reader with little time or
// a model with a small context. What the tree is, every top-level folder
// (largest first, with its share and description), deeper folders where the
// bulk is, the most central files, then languages, largest and unreadable
// files as room allows. With `budgetTokens` it fits the whole report, its
// closing token line included, into the budget and says what it left out
// (BudgetAllocator); MapWriter writes the lines.
class MarkdownReport
{
public:
    // Tokens kept for the hexagram line (Options::hexagramLine): its longest
    // form (six changing lines, the longest names) is estimated at 66 tokens
    // by TokenEstimator::forReport.
    static constexpr qint64 hexagramAllowance = 68;

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

    // From a complete audit (the desktop app, tests): the digest of its records.
    [[nodiscard]] static QString render(const AuditResult &result, const Options &options);
    // From a digest filled while the records streamed by; `meta.files` is not read.
    [[nodiscard]] static QString render(const AuditResult &meta, const TreeDigest &digest,
                                        const Options &options);
    // The report's own token estimate of a text: what the budget counts.
    [[nodiscard]] static qint64 tokensOf(const QString &text);
    // The layout render() chose; exposed so tests can check the allocation.
    [[nodiscard]] static MarkdownLayout layoutFor(const AuditResult &meta, const TreeDigest &digest,
                                                  const Options &options);
};

} // namespace wm
