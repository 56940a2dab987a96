// SPDX-FileCopyrightText: 2026 WhiteMagic contributors
// SPDX-License-Identifier: MIT

#pragma once

#include "jobs/WorkerJob.h"
#include "search/IndexStats.h"

#include <QString>

namespace wm::ui {

// How one background index update ended.
struct IndexOutcome
{
    IndexStats stats;
    QString message;       // why it could not run, or what happened to the file
    bool busy = false;     // another indexer holds the index: nothing was touched
    bool replaced = false; // the index file was created or rebuilt: readers reopen
};

// Brings the index of one folder up to date on a worker thread
// (IndexUpdater, the same walk options `wm index` stored), with progress
// every ~250 ms. Searches keep running meanwhile on their own read-only
// connections (WAL).
//
// The index lock (IndexLock, the one `wm index` takes) is checked before
// the file is even opened for writing: SearchIndex::open may replace a
// damaged or outdated file, and that must never happen to an index another
// indexer holds. A busy index is searched as it is.
class IndexJob : public WorkerJob
{
    Q_OBJECT
public:
    IndexJob(QString root, QString dbPath, bool substring, QObject *parent = nullptr);
    ~IndexJob() override;
    bool start();
    [[nodiscard]] const QString &root() const { return m_root; }

Q_SIGNALS:
    void progress(const wm::IndexStats &stats);
    // The file was created or rebuilt (searches must reopen it).
    void indexReplaced();
    void indexFinished(const wm::ui::IndexOutcome &outcome);

private:
    IndexOutcome run(const CancelToken &cancel);

    QString m_root;
    QString m_dbPath;
    bool m_substring;
};

} // namespace wm::ui

Q_DECLARE_METATYPE(wm::ui::IndexOutcome)
Q_DECLARE_METATYPE(wm::IndexStats)
