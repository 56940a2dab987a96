// SPDX-FileCopyrightText: 2026 WhiteMagic contributors
// SPDX-License-Identifier: MIT

#pragma once

#include "IndexOptions.h"
#include "IndexStats.h"
#include "StoredDocs.h"

#include <QElapsedTimer>
#include <QThreadPool>
#include <functional>

namespace wm {

class CancelToken;
class IndexFeeder;
class SearchIndex;
struct IndexRunState;

// Brings an index up to date with its folder:
//   walk (SortedWalk in path order, the audit's ignore rules and filters)
//   → diff the files block by block against the index (SortedDiff,
//     StatBlockDiff): a block of unchanged files is only stat'ed and
//     compared with its stored digest; in a changed one each file is diffed
//     against its stored (size, mtime) — and, for the rest, read and prepare the document on pool
//     threads (IndexFeeder); a file whose content hash did not change only
//     gets its size and mtime updated
//   → one writer thread applies adds, updates and removals in batched
//     transactions (IndexWriterThread, IndexWriter).
// Files missing from the walk are removed, except under folders the walk
// could not list. A run killed at any moment leaves the last committed
// batch, which is a consistent index; the next run completes it.
class IndexUpdater
{
public:
    // Called on the calling thread about every 250 ms, and once at the end.
    using Progress = std::function<void(const IndexStats &)>;

    static IndexStats run(SearchIndex &index, const IndexOptions &options,
                          const CancelToken *cancel = nullptr, const Progress &progress = {});

    // A file modified less than this long before it was read is marked
    // racy, so the next run reads it again (and compares hashes):
    // a second write within the file system's timestamp granularity would
    // otherwise leave size and mtime unchanged and go unnoticed.
    static constexpr qint64 racyWindowMs = 2000;

private:
    IndexUpdater(SearchIndex &index, const IndexOptions &options, const CancelToken *cancel,
                 const Progress &progress);
    IndexStats execute();
    // The trigram index as the options want it, and the stored files. False
    // when the run ends here (cancelled or failed; stats say which).
    bool prepare(bool *trigram);
    // Walks, diffs and queues the changes, removals included after a
    // complete walk.
    void walk(IndexRunState &run);
    // Without --follow-links: the sorted walk merged with the stored files
    // (SortedDiff), memory independent of the tree.
    QString walkSorted(IndexRunState &run, IndexFeeder &feeder, QThreadPool &pool,
                       const std::function<void()> &tick);
    // With --follow-links: the parallel walk diffed against StoredDocs.
    QString walkUnordered(IndexRunState &run, IndexFeeder &feeder, QThreadPool &pool,
                          const std::function<void()> &tick);
    void waitForWriter(IndexRunState &run);
    // Marks the index complete after a full, successful walk.
    void finish(IndexRunState &run, bool walkComplete, const QString &walkJson);
    void report(bool force);

    SearchIndex &m_index;
    const IndexOptions &m_options;
    const CancelToken *m_cancel;
    const Progress &m_progress;
    IndexStats m_stats;
    StoredDocs m_stored;
    QElapsedTimer m_timer;
    QElapsedTimer m_sinceReport;
};

} // namespace wm
