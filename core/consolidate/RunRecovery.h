// SPDX-FileCopyrightText: 2026 WhiteMagic contributors
// SPDX-License-Identifier: MIT

#pragma once

#include <QString>
#include <QStringList>

namespace wm {

class CancelToken;

struct RecoveryResult
{
    enum class Outcome
    {
        NothingToDo,
        RolledBack, // killed before the point of no return: the run's files removed
        Finished,   // killed after it: the remaining steps done
        Restored    // a restore was interrupted: completed
    };
    bool ok = true;
    Outcome outcome = Outcome::NothingToDo;
    QString runId;
    QString error;
    QStringList warnings;
};

[[nodiscard]] QString recoveryOutcomeName(RecoveryResult::Outcome outcome);

// Brings a store whose last run (or restore) was killed back to a consistent
// state, using the run's journal: before the point of no return the run is
// rolled back, after it the run is finished, and an interrupted restore is
// completed. Every step can be repeated, so a kill during recovery is
// recovered by the next call. recover() takes the store's lock;
// recoverLocked() is for callers that hold it (StoreLock).
class RunRecovery
{
public:
    [[nodiscard]] static RecoveryResult recover(const QString &root,
                                                const CancelToken *cancel = nullptr);
    [[nodiscard]] static RecoveryResult recoverLocked(const QString &root,
                                                      const CancelToken *cancel = nullptr);
};

} // namespace wm
