// SPDX-FileCopyrightText: 2026 WhiteMagic contributors
// SPDX-License-Identifier: MIT

#pragma once

#include "KnownDoc.h"
#include "io/UniqueFd.h"
#include "walk/WalkEntry.h"
#include "walk/WalkOptions.h"

#include <QElapsedTimer>
#include <condition_variable>
#include <functional>
#include <mutex>
#include <string_view>
#include <vector>

class QThreadPool;

namespace wm {

class CancelToken;
class IndexFeeder;
class StoredDocsCursor;
struct IndexRunState;

// An update's walk when links are not followed: the sorted walk
// (SortedWalk, paths in byte order, listed ahead on a thread of its own:
// WalkAhead) merged on the calling thread with the
// files the index knows, read in the same order (StoredDocsCursor). One
// ordered pass, nothing held per file:
//   - files go to the pool in chunks (a bounded number in flight); there the
//     known files of a chunk are stat'ed in one batch (StatBatch: one
//     io_uring submission where the kernel allows it; same size and mtime:
//     done), and new and changed files are read and queued by IndexFeeder;
//   - a known file the walk went past without seeing is gone (Remove),
//     except below a folder the walk could not list.
class SortedDiff
{
public:
    // Files per pool task: a task's overhead is a few stats' worth, and a
    // chunk's stats go to the kernel as one batch.
    static constexpr size_t chunkSize = 128;

    SortedDiff(IndexRunState &run, IndexFeeder &feeder, StoredDocsCursor &stored, QThreadPool &pool,
               const CancelToken *cancel);
    ~SortedDiff();
    SortedDiff(const SortedDiff &) = delete;
    SortedDiff &operator=(const SortedDiff &) = delete;

    // Walks and diffs; returns the walk's fatal error (root not walkable).
    // `tick` runs on this thread about every 100 ms. Every chunk handed to
    // the pool has finished when it returns.
    QString run(const WalkOptions &options, const std::function<void()> &tick);
    // After a complete walk: the known files past the last one walked are
    // gone too.
    void removeRest();

private:
    struct Changed
    {
        WalkEntry entry;
        KnownDoc known;
        bool isKnown = false;
        int statError = 0; // the batch's stat of a known file failed so
    };

    [[nodiscard]] bool stopped() const;
    void onEntry(WalkEntry &&e);
    // Known files below `key` were not seen: gone.
    void passStoredBelow(std::string_view key);
    void remove(std::string_view key);
    // On a pool thread: size and mtime of the chunk's known files the walk
    // did not stat, in one batch.
    void statKnown(std::vector<Changed> &chunk) const;
    // On a pool thread, after statKnown: compare a known file, read a new
    // or changed one. False when the queue was aborted.
    // Counts an unchanged file in *unchanged (added to the run's count once
    // per chunk: the run's counters share a cache line with the walk's).
    bool process(Changed &c, qint64 *unchanged);
    // Adds the files found since the last call to the run's count.
    void flushFound();
    void dispatch();
    void waitInFlight(int atMost);
    void maybeTick();

    IndexRunState &m_run;
    IndexFeeder &m_feeder;
    StoredDocsCursor &m_stored;
    QThreadPool &m_pool;
    const CancelToken *m_cancel;
    const std::function<void()> *m_tick = nullptr;
    QElapsedTimer m_sinceTick;
    UniqueFd m_rootFd;
    std::vector<std::string> m_unlisted; // folders the walk could not list
    std::vector<Changed> m_pending;      // the next chunk for the pool
    std::mutex m_mutex;                  // guards m_inFlight
    std::condition_variable m_finished;
    int m_inFlight = 0;
    qint64 m_found = 0; // found, not yet in m_run.found (this thread's)
    int m_maxInFlight = 8;
};

} // namespace wm
