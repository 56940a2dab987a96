// SPDX-FileCopyrightText: 2026 WhiteMagic contributors
// SPDX-License-Identifier: MIT

#pragma once

#include "consolidate/ConsolidationApplier.h"
#include "consolidate/ConsolidationPlan.h"
#include "consolidate/ConsolidationPlanner.h"
#include "consolidate/ConsolidationProgress.h"
#include "consolidate/Restorer.h"
#include "consolidate/RunHistory.h"
#include "consolidate/RunRecovery.h"
#include "jobs/WorkerJob.h"

#include <memory>
#include <vector>

namespace wm::ui {

using ConsolidationPlanPtr = std::shared_ptr<const ConsolidationPlan>;
using RunList = std::vector<RunInfo>;

// The consolidation engines of one memory folder on a worker thread, one
// operation at a time: make a plan (the dry run), apply it, restore an
// earlier run, recover an interrupted one. Progress arrives in the engines'
// batches as queued signals; every operation ends with the folder's run
// history, read on the worker too.
class ConsolidateJob : public WorkerJob
{
    Q_OBJECT
public:
    explicit ConsolidateJob(QObject *parent = nullptr);
    ~ConsolidateJob() override;

    // Each returns false while another operation runs.
    bool startPlan(const QString &root, ConsolidationOptions options);
    bool startApply(ConsolidationPlanPtr plan);
    bool startRestore(const QString &root, const QString &runId);
    bool startRecover(const QString &root);
    bool startHistory(const QString &root);

Q_SIGNALS:
    void planProgress(const wm::PlanProgress &progress);
    void planReady(const wm::ui::ConsolidationPlanPtr &plan);
    void applyProgress(const wm::ConsolidationProgress &progress);
    void applied(const wm::ApplyResult &result);
    void restoreProgress(const wm::RestoreProgress &progress);
    void restored(const wm::RestoreResult &result);
    void recovered(const wm::RecoveryResult &result);
    // `error`: the history could not be read.
    void historyReady(const QString &root, const wm::ui::RunList &runs, const QString &error);

private:
    void postHistory(const QString &root);
};

} // namespace wm::ui

Q_DECLARE_METATYPE(wm::PlanProgress)
Q_DECLARE_METATYPE(wm::ui::ConsolidationPlanPtr)
Q_DECLARE_METATYPE(wm::ConsolidationProgress)
Q_DECLARE_METATYPE(wm::ApplyResult)
Q_DECLARE_METATYPE(wm::RestoreProgress)
Q_DECLARE_METATYPE(wm::RestoreResult)
Q_DECLARE_METATYPE(wm::RecoveryResult)
Q_DECLARE_METATYPE(wm::ui::RunList)
