// SPDX-FileCopyrightText: 2026 WhiteMagic contributors
// SPDX-License-Identifier: MIT

#pragma once

#include "consolidate/ConsolidationApplier.h"
#include "consolidate/ConsolidationPlan.h"
#include "consolidate/Restorer.h"

#include <QCoreApplication>
#include <QStringList>

namespace wm::ui {

// The Consolidation view's sentences: step names and summaries of a plan,
// an apply and a restore, translated.
class ConsolidateText
{
    Q_DECLARE_TR_FUNCTIONS(ConsolidateText)
public:
    // In ConsolidationProgress::Step order, up to Indexing.
    [[nodiscard]] static QStringList applySteps();
    // In RestoreProgress::Step order, up to Removing.
    [[nodiscard]] static QStringList restoreSteps();
    // In PlanProgress::Phase order, up to Deciding.
    [[nodiscard]] static QStringList planSteps();
    [[nodiscard]] static QString applyNotice();
    [[nodiscard]] static QString restoreNotice();
    [[nodiscard]] static QString planSummary(const ConsolidationPlan &plan);
    [[nodiscard]] static QString applied(const ApplyResult &result);
    [[nodiscard]] static QString restored(const RestoreResult &result);
};

} // namespace wm::ui
