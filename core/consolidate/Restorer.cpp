// SPDX-FileCopyrightText: 2026 WhiteMagic contributors
// SPDX-License-Identifier: MIT

#include "Restorer.h"

#include "ConsolidateLogging.h"
#include "ConsolidationJournal.h"
#include "RunHistory.h"
#include "RunRecovery.h"
#include "StepReverter.h"
#include "StoreLock.h"
#include "concurrency/CancelToken.h"

namespace wm {
namespace {

// Undoes one committed run; false with `out.error` (and conflicts) set.
bool restoreRun(const QString &root, const QString &id, const CancelToken *cancel,
                const Restorer::Callbacks &cb, RestoreResult &out)
{
    ConsolidationJournal journal;
    if (!journal.open(root, id)) {
        out.error = QStringLiteral("cannot read run %1: %2").arg(id, journal.errorString());
        return false;
    }
    StepReverter reverter(root, journal);
    reverter.setProgress(cb.onProgress);
    if (cb.onProgress)
        cb.onProgress(RestoreProgress{RestoreProgress::Step::Checking, id, 0, 1, {}});
    out.conflicts = reverter.conflicts();
    if (!out.conflicts.isEmpty()) {
        out.error = QStringLiteral("cannot restore run %1: %2 files changed since it; nothing of "
                                   "it was restored")
                        .arg(id)
                        .arg(out.conflicts.size());
        return false;
    }
    if (reverter.missingOriginals() > 0 && !reverter.checkArchive()) {
        out.error = QStringLiteral("cannot restore run %1: %2").arg(id, reverter.errorString());
        return false;
    }
    if (isCancelled(cancel)) {
        out.cancelled = true;
        out.error = QStringLiteral("cancelled before run %1 was restored").arg(id);
        return false;
    }
    QString error;
    if (!journal.markRestoreStarted() || !reverter.revert() ||
        !StepReverter::removeRecord(root, id, &error)) {
        const QString why = !reverter.errorString().isEmpty() ? reverter.errorString()
                            : !error.isEmpty()                ? error
                                                              : journal.errorString();
        out.error = QStringLiteral("restoring run %1 stopped: %2 (run `wm restore` again to "
                                   "complete it)")
                        .arg(id, why);
        return false;
    }
    out.runs << id;
    out.filesRestored += reverter.restored();
    out.filesMoved += reverter.moved();
    out.filesRemoved += reverter.removed();
    return true;
}

} // namespace

RestoreResult Restorer::restore(const QString &root, const QString &runId,
                                const CancelToken *cancel, const Callbacks &callbacks)
{
    RestoreResult out;
    StoreLock lock;
    if (!lock.acquire(root, &out.error)) return out;
    // A run killed midway is first brought to a consistent state.
    const RecoveryResult recovered = RunRecovery::recoverLocked(root, cancel);
    if (!recovered.ok) {
        out.error = recovered.error;
        return out;
    }
    QString error;
    const std::vector<RunInfo> runs = RunHistory::list(root, &error);
    if (!error.isEmpty()) {
        out.error = error;
        return out;
    }
    if (runs.empty()) {
        out.error = recovered.outcome == RecoveryResult::Outcome::NothingToDo
                        ? QStringLiteral("no consolidation run to restore")
                        : QStringLiteral("the interrupted run %1 was %2; no other run to restore")
                              .arg(recovered.runId, recoveryOutcomeName(recovered.outcome));
        out.ok = recovered.outcome != RecoveryResult::Outcome::NothingToDo;
        if (out.ok) out.runs << recovered.runId;
        return out;
    }
    qsizetype first = qsizetype(runs.size()) - 1;
    if (!runId.isEmpty()) {
        while (first >= 0 && runs[size_t(first)].id != runId)
            --first;
        if (first < 0) {
            out.error = QStringLiteral("no run %1 (wm restore --list shows the runs)").arg(runId);
            return out;
        }
    }
    for (qsizetype i = qsizetype(runs.size()) - 1; i >= first; --i)
        if (!restoreRun(root, runs[size_t(i)].id, cancel, callbacks, out)) return out;
    out.ok = true;
    qCDebug(lcConsolidate) << "restored" << out.runs;
    return out;
}

} // namespace wm
