// SPDX-FileCopyrightText: 2026 WhiteMagic contributors
// SPDX-License-Identifier: MIT

#pragma once

#include "ConsolidationJournal.h"
#include "ConsolidationProgress.h"
#include "StoreFiles.h"

#include <QHash>
#include <QStringList>
#include <functional>

namespace wm {

class CancelToken;

// Performs a run's steps forward, each one journalled as done once its
// changes are on disk (files and folders fsynced). Every step can be done
// again after a kill: it looks at what is already there (a note already
// promoted, an original already removed) and only checks it.
class StepExecutor
{
public:
    StepExecutor(const QString &root, ConsolidationJournal &journal);

    // The bytes of the notes CreateNote writes (apply only: after a kill
    // before the point of no return the run is rolled back, not finished).
    void setNewNotes(QHash<QString, QByteArray> notes) { m_newNotes = std::move(notes); }
    void setCancel(const CancelToken *cancel) { m_cancel = cancel; }
    void setProgress(std::function<void(const ConsolidationProgress &)> cb)
    {
        m_onProgress = std::move(cb);
    }

    bool run(qsizetype step);

    [[nodiscard]] QString errorString() const { return m_error; }
    [[nodiscard]] const QStringList &warnings() const { return m_warnings; }
    [[nodiscard]] qint64 archiveBytes() const { return m_archiveBytes; }
    [[nodiscard]] bool cancelled() const { return m_cancelled; }

    // The step a journal step reports progress as.
    static ConsolidationProgress::Step progressStep(JournalStep::Kind kind);
    // Where WriteArchive puts the archive before VerifyArchive moves it.
    [[nodiscard]] QByteArray tmpArchive() const;

private:
    bool fail(const QString &message);
    void report(qsizetype step, qint64 done, qint64 total, const QString &current = {});
    bool makeFolder(qsizetype step);
    bool writeArchive(qsizetype step);
    bool verifyArchive(qsizetype step);
    bool checkMembers(const QByteArray &archive);
    bool createNotes(qsizetype step);
    bool promote(qsizetype step);
    bool remove(qsizetype step);
    bool writeIndex(qsizetype step);
    bool syncFolders(const QStringList &paths);

    QString m_root;
    ConsolidationJournal &m_journal;
    StoreFiles m_files;
    QHash<QString, QByteArray> m_newNotes;
    const CancelToken *m_cancel = nullptr;
    std::function<void(const ConsolidationProgress &)> m_onProgress;
    QString m_error;
    QStringList m_warnings;
    qint64 m_archiveBytes = 0;
    bool m_cancelled = false;
};

} // namespace wm
