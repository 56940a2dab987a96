// SPDX-FileCopyrightText: 2026 WhiteMagic contributors
// SPDX-License-Identifier: MIT

#include "RunRecovery.h"

#include "ConsolidateLogging.h"
#include "ConsolidationJournal.h"
#include "RunHistory.h"
#include "StepExecutor.h"
#include "StepReverter.h"
#include "StoreLock.h"

namespace wm {
namespace {

RecoveryResult failed(RecoveryResult r, const QString &why)
{
    r.ok = false;
    r.error = QStringLiteral("cannot recover run %1: %2").arg(r.runId, why);
    return r;
}

RecoveryResult rollBack(const QString &root, ConsolidationJournal &journal, RecoveryResult r)
{
    r.outcome = journal.restoring() && journal.pastPointOfNoReturn()
                    ? RecoveryResult::Outcome::Restored
                    : RecoveryResult::Outcome::RolledBack;
    StepReverter reverter(root, journal);
    if (reverter.missingOriginals() > 0 && !reverter.checkArchive())
        return failed(r, reverter.errorString());
    QString error;
    if (journal.pastPointOfNoReturn() && !journal.markRestoreStarted())
        return failed(r, journal.errorString());
    if (!reverter.revert()) return failed(r, reverter.errorString());
    if (!StepReverter::removeRecord(root, journal.runId(), &error)) return failed(r, error);
    r.warnings = reverter.warnings();
    return r;
}

RecoveryResult finish(const QString &root, ConsolidationJournal &journal, RecoveryResult r)
{
    r.outcome = RecoveryResult::Outcome::Finished;
    StepExecutor exec(root, journal);
    for (qsizetype i = 0; i < qsizetype(journal.steps().size()); ++i)
        if (!journal.isDone(i) && !exec.run(i)) return failed(r, exec.errorString());
    r.warnings = exec.warnings();
    return r;
}

} // namespace

QString recoveryOutcomeName(RecoveryResult::Outcome outcome)
{
    switch (outcome) {
    case RecoveryResult::Outcome::NothingToDo:
        return QStringLiteral("nothing to do");
    case RecoveryResult::Outcome::RolledBack:
        return QStringLiteral("rolled back");
    case RecoveryResult::Outcome::Finished:
        return QStringLiteral("finished");
    case RecoveryResult::Outcome::Restored:
        return QStringLiteral("restored");
    }
    return {};
}

RecoveryResult RunRecovery::recover(const QString &root, const CancelToken *cancel)
{
    StoreLock lock;
    QString error;
    if (!lock.acquire(root, &error)) {
        RecoveryResult r;
        r.ok = false;
        r.error = error;
        return r;
    }
    return recoverLocked(root, cancel);
}

RecoveryResult RunRecovery::recoverLocked(const QString &root, const CancelToken *)
{
    // Not cancellable: recovery is short, and stopping it halfway would
    // leave the store as the kill did.
    RecoveryResult r;
    QString error;
    if (!StepReverter::removeLeftovers(root, &error)) return failed(r, error);
    const auto run = RunHistory::unfinished(root);
    if (!run) return r;
    r.runId = run->id;
    ConsolidationJournal journal;
    if (!journal.open(root, run->id)) return failed(r, journal.errorString());
    qCInfo(lcConsolidate) << "recovering run" << run->id << runStateName(run->state);
    if (journal.restoring() || !journal.pastPointOfNoReturn()) return rollBack(root, journal, r);
    return finish(root, journal, r);
}

} // namespace wm
