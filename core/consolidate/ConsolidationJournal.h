#pragma once

#include "JournalStep.h"

#include <QByteArray>
#include <QString>
#include <vector>

namespace wm {

// A run's write-ahead journal, in <store>/.wm-consolidate/runs/<runId>/:
//   plan.json   the plan applied (PlanReport::json), for the history
//   steps.json  every step, written and fsynced before the first change
//   journal     one line appended and fdatasync'ed per finished step
//               ("done N"), plus "restore" when a restore of the run began;
//               a line cut short by a kill is ignored (the step is redone:
//               every step can be repeated safely)
//   index.before  the index.json the run replaced, when there was one
//   tmp/          where new files are written before their rename
//
// Testing hook: with WM_CONSOLIDATE_CRASH_AFTER=N in the environment the
// process _exits (status 86) right after the N-th journal line is synced,
// and with WM_CONSOLIDATE_CRASH_IN=N in the middle of step N (after its
// first file system change), as a kill at that instant would.
class ConsolidationJournal
{
public:
    static QString stateFolder(const QString &root); // <root>/.wm-consolidate
    static QString runsFolder(const QString &root);
    static QString runFolder(const QString &root, const QString &runId);

    // Creates the run folder, plan.json and steps.json (all fsynced).
    bool create(const QString &root, const QString &runId, const std::vector<JournalStep> &steps,
                const QByteArray &planJson);
    // Reads an existing run's steps and journal lines.
    bool open(const QString &root, const QString &runId);

    bool markDone(qsizetype step);
    bool markRestoreStarted();
    // Called by a step after its first change: the WM_CONSOLIDATE_CRASH_IN hook.
    void midStep(qsizetype step) const;

    [[nodiscard]] const std::vector<JournalStep> &steps() const { return m_steps; }
    [[nodiscard]] bool isDone(qsizetype step) const;
    [[nodiscard]] qsizetype doneCount() const;
    [[nodiscard]] bool pastPointOfNoReturn() const;
    [[nodiscard]] bool committed() const;
    [[nodiscard]] bool restoring() const { return m_restoring; }
    [[nodiscard]] QByteArray planJson() const;
    [[nodiscard]] QString runId() const { return m_runId; }
    [[nodiscard]] QString folder() const { return m_folder; }
    [[nodiscard]] QString errorString() const { return m_error; }

    static QByteArray stepsToJson(const std::vector<JournalStep> &steps);
    static bool stepsFromJson(const QByteArray &json, std::vector<JournalStep> &steps,
                              QString *error);

private:
    bool append(const QByteArray &line);
    bool fail(const QString &message);

    QString m_root;
    QString m_runId;
    QString m_folder;
    std::vector<JournalStep> m_steps;
    std::vector<bool> m_done;
    bool m_restoring = false;
    QString m_error;
};

} // namespace wm
