// SPDX-FileCopyrightText: 2026 WhiteMagic contributors
// SPDX-License-Identifier: MIT

#include "ConsolidateJob.h"

#include "jobs/ThreadBudget.h"
#include "similarity/SimilarityUiLogging.h"

namespace wm::ui {

ConsolidateJob::ConsolidateJob(QObject *parent) : WorkerJob(parent)
{
    qRegisterMetaType<PlanProgress>();
    qRegisterMetaType<ConsolidationPlanPtr>();
    qRegisterMetaType<ConsolidationProgress>();
    qRegisterMetaType<ApplyResult>();
    qRegisterMetaType<RestoreProgress>();
    qRegisterMetaType<RestoreResult>();
    qRegisterMetaType<RecoveryResult>();
    qRegisterMetaType<RunList>();
}

ConsolidateJob::~ConsolidateJob()
{
    // Apply past its point of no return ignores the cancel and finishes:
    // closing the window then waits for it, as it must.
    cancelAndWait();
}

void ConsolidateJob::postHistory(const QString &root)
{
    QString error;
    RunList runs = RunHistory::list(root, &error);
    postToOwner(
        [this, root, runs = std::move(runs), error] { Q_EMIT historyReady(root, runs, error); });
}

bool ConsolidateJob::startPlan(const QString &root, ConsolidationOptions options)
{
    options.similarity.pool = ThreadBudget::pool();
    return start([this, root, options](const CancelToken &cancel) {
        auto plan = std::make_shared<const ConsolidationPlan>(
            ConsolidationPlanner::plan(root, options, &cancel, [this](const PlanProgress &p) {
                postToOwner([this, p] { Q_EMIT planProgress(p); });
            }));
        qCInfo(lcUiSimilarity) << "consolidation plan of" << root << ":" << plan->notes.size()
                               << "notes," << plan->merges.size() << "merges in" << plan->planMs
                               << "ms";
        postToOwner([this, plan] { Q_EMIT planReady(plan); });
        postHistory(root);
    });
}

bool ConsolidateJob::startApply(ConsolidationPlanPtr plan)
{
    return start([this, plan](const CancelToken &cancel) {
        ConsolidationApplier::Callbacks cb;
        cb.onProgress = [this](const ConsolidationProgress &p) {
            postToOwner([this, p] { Q_EMIT applyProgress(p); });
        };
        const ApplyResult r = ConsolidationApplier::apply(*plan, &cancel, cb);
        qCInfo(lcUiSimilarity) << "consolidation of" << plan->root << ":"
                               << (r.ok          ? "applied"
                                   : r.cancelled ? "cancelled"
                                                 : "failed")
                               << r.runId << r.error;
        postToOwner([this, r] { Q_EMIT applied(r); });
        postHistory(plan->root);
    });
}

bool ConsolidateJob::startRestore(const QString &root, const QString &runId)
{
    return start([this, root, runId](const CancelToken &cancel) {
        Restorer::Callbacks cb;
        cb.onProgress = [this](const RestoreProgress &p) {
            postToOwner([this, p] { Q_EMIT restoreProgress(p); });
        };
        const RestoreResult r = Restorer::restore(root, runId, &cancel, cb);
        qCInfo(lcUiSimilarity) << "restore of" << root << runId << ":" << (r.ok ? "done" : "failed")
                               << r.error;
        postToOwner([this, r] { Q_EMIT restored(r); });
        postHistory(root);
    });
}

bool ConsolidateJob::startRecover(const QString &root)
{
    return start([this, root](const CancelToken &cancel) {
        const RecoveryResult r = RunRecovery::recover(root, &cancel);
        postToOwner([this, r] { Q_EMIT recovered(r); });
        postHistory(root);
    });
}

bool ConsolidateJob::startHistory(const QString &root)
{
    return start([this, root](const CancelToken &) { postHistory(root); });
}

} // namespace wm::ui
