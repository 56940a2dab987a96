// SPDX-FileCopyrightText: 2026 WhiteMagic contributors
// SPDX-License-Identifier: MIT

#pragma once

#include "ConsolidationJournal.h"
#include "Restorer.h"
#include "StoreFiles.h"

#include <QStringList>
#include <functional>

namespace wm {

// Undoes a run's steps, newest first: restore of a finished run, and the
// rollback of one killed or cancelled before its point of no return. Each
// undo looks at what is there, so doing it again after a kill is safe, and
// touches a file only while it holds exactly the bytes the run wrote (or
// moved): originals come back from the run's archive, written to a
// temporary file, checked against their SHA-256 and renamed into place
// without replacing anything.
class StepReverter
{
public:
    StepReverter(const QString &root, ConsolidationJournal &journal);

    void setProgress(std::function<void(const RestoreProgress &)> cb)
    {
        m_onProgress = std::move(cb);
    }

    // What changed since the run so that undoing it would lose or replace
    // something ("long_term/x.md changed since the run"); empty when none.
    [[nodiscard]] QStringList conflicts() const;
    // Originals the undo must take from the archive (removed by the run).
    [[nodiscard]] qsizetype missingOriginals() const;
    // Reads the whole archive and checks it (before anything changes).
    bool checkArchive();
    bool revert();

    // Removes runs/<runId> (renamed aside first, so a kill leaves either the
    // whole record or a leftover that RunRecovery clears), and the state
    // folder when no run is left.
    static bool removeRecord(const QString &root, const QString &runId, QString *error);
    // Clears folders a kill left behind in runs/ (.new-*, .trash-*).
    static bool removeLeftovers(const QString &root, QString *error);

    [[nodiscard]] QString errorString() const { return m_error; }
    [[nodiscard]] const QStringList &warnings() const { return m_warnings; }
    [[nodiscard]] qint64 restored() const { return m_restored; }
    [[nodiscard]] qint64 moved() const { return m_moved; }
    [[nodiscard]] qint64 removed() const { return m_removed; }

private:
    bool fail(const QString &message);
    void report(RestoreProgress::Step step, qint64 done, qint64 total, const QString &current = {});
    QString archivePath() const;
    bool revertIndex();
    bool extractOriginals();
    bool movePromoted(const JournalStep &step);
    bool removeCreated(const JournalStep &step);
    bool removeArchive();

    QString m_root;
    ConsolidationJournal &m_journal;
    StoreFiles m_files;
    std::function<void(const RestoreProgress &)> m_onProgress;
    QStringList m_touched; // folders to fsync at the end
    QStringList m_warnings;
    QString m_error;
    bool m_extracted = false;
    qint64 m_restored = 0;
    qint64 m_moved = 0;
    qint64 m_removed = 0;
};

} // namespace wm
