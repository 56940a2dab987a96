// SPDX-FileCopyrightText: 2026 WhiteMagic contributors
// SPDX-License-Identifier: MIT

#pragma once

#include "JournalStep.h"
#include "io/UniqueFd.h"

#include <QByteArray>
#include <QString>
#include <vector>

namespace wm {

// A run's write-ahead journal, in <store>/.wm-consolidate/runs/<runId>/:
//   plan.json     the plan applied (PlanReport::json), for the history
//   steps.json    every step (JournalStep), written before the first change
//   index.before  the index.json the run replaces, when there was one
//   index.after   the index.json the run writes
//   journal       one line appended and fdatasync'ed per finished step
//                 ("done N [sha256]"), "restore" when a restore began, and
//                 "commit"; a line cut short by a kill is ignored (that step
//                 is done again: every step can be repeated)
//   tmp/          new files are written here, then renamed into the store
// The folder is assembled as runs/.new-<runId> and renamed into place, so a
// run either has its complete record or none (and then changed nothing).
//
// Testing hooks, read from the environment: WM_CONSOLIDATE_CRASH_AFTER=N
// makes the process _exit(86) right after the N-th journal line is synced,
// WM_CONSOLIDATE_CRASH_IN=N in the middle of step N (after its first change
// to the store), and WM_CONSOLIDATE_CRASH_IN_UNDO=N after undoing step N (a
// restore or a rollback), as a kill at that instant would.
class ConsolidationJournal
{
public:
    static QString stateFolder(const QString &root); // <root>/.wm-consolidate
    static QString runsFolder(const QString &root);
    static QString runFolder(const QString &root, const QString &runId);

    struct Record
    {
        QByteArray planJson;
        QByteArray indexBefore; // empty with hadIndex false: no index.json before
        bool hadIndex = false;
        QByteArray indexAfter;
    };

    // Writes the run's record (all fsynced) and opens its journal.
    bool create(const QString &root, const QString &runId, const std::vector<JournalStep> &steps,
                const Record &record);
    // Reads an existing run's steps and journal lines; `forWriting` also
    // opens the journal to append (and drops a line a kill cut short).
    bool open(const QString &root, const QString &runId, bool forWriting = true);

    bool markDone(qsizetype step, const QByteArray &result = {});
    bool markRestoreStarted();
    bool markCommitted();
    // Called by a step after its first change: the WM_CONSOLIDATE_CRASH_IN hook.
    void midStep(qsizetype step) const;
    // Called by the undo after each step: the WM_CONSOLIDATE_CRASH_IN_UNDO hook.
    void undone(qsizetype step) const;

    [[nodiscard]] const std::vector<JournalStep> &steps() const { return m_steps; }
    [[nodiscard]] bool isDone(qsizetype step) const;
    [[nodiscard]] QByteArray result(qsizetype step) const; // what markDone recorded
    [[nodiscard]] qsizetype pointOfNoReturn() const;       // its step index, or -1
    [[nodiscard]] bool pastPointOfNoReturn() const;
    [[nodiscard]] bool committed() const { return m_committed; }
    [[nodiscard]] bool restoring() const { return m_restoring; }
    [[nodiscard]] QString runId() const { return m_runId; }
    [[nodiscard]] QString folder() const { return m_folder; }
    [[nodiscard]] QString errorString() const { return m_error; }

    static QByteArray stepsToJson(const std::vector<JournalStep> &steps);
    static bool stepsFromJson(const QByteArray &json, std::vector<JournalStep> &steps,
                              QString *error);

private:
    bool append(const QByteArray &line);
    bool fail(const QString &message);
    void readLines(const QByteArray &journal);

    QString m_runId;
    QString m_folder;
    std::vector<JournalStep> m_steps;
    std::vector<QByteArray> m_results; // per step; null = not done
    bool m_restoring = false;
    bool m_committed = false;
    UniqueFd m_fd;
    QString m_error;
};

} // namespace wm
