// SPDX-FileCopyrightText: 2026 WhiteMagic contributors
// SPDX-License-Identifier: MIT

#pragma once

#include <QDateTime>
#include <QString>
#include <optional>
#include <vector>

namespace wm {

// One consolidation run recorded in a store (.wm-consolidate/runs/<id>/).
struct RunInfo
{
    enum class State
    {
        Committed,   // finished: `wm restore` can undo it
        Interrupted, // killed before the point of no return: recovery rolls it back
        Unfinished,  // killed after it: recovery finishes it
        Restoring    // a restore of it was interrupted: recovery (or restore) completes it
    };

    QString id; // "20261201T120000Z"
    QDateTime started;
    State state = State::Committed;
    qint64 archived = 0;
    qint64 promoted = 0;
    qint64 merged = 0;
    qint64 created = 0;
    QString archivePath; // relative to the store; empty when the run archived nothing
    QString error;       // the run's record could not be read (then only id is set)
};

[[nodiscard]] QString runStateName(RunInfo::State state); // "committed", ...

class RunHistory
{
public:
    // Oldest first. A missing state folder is an empty history, not an error.
    [[nodiscard]] static std::vector<RunInfo> list(const QString &root, QString *error = nullptr);
    // The run that did not finish (at most one: runs hold the store's lock).
    [[nodiscard]] static std::optional<RunInfo> unfinished(const QString &root);
};

} // namespace wm
