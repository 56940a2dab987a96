// SPDX-FileCopyrightText: 2026 WhiteMagic contributors
// SPDX-License-Identifier: MIT

#pragma once

#include "DiffGroup.h"
#include "StatBlockDiff.h"
#include "io/UniqueFd.h"
#include "walk/ParallelSortedWalk.h"
#include "walk/WalkEntry.h"
#include "walk/WalkOptions.h"

#include <QElapsedTimer>
#include <QString>
#include <condition_variable>
#include <functional>
#include <memory>
#include <mutex>
#include <optional>
#include <vector>

class QThreadPool;

namespace wm {

class CancelToken;
class IndexFeeder;
class StoredBlocks;
struct IndexRunState;

// An update's walk when links are not followed: the sorted walk
// (ParallelSortedWalk: paths in byte order, folders listed and their files
// stat'ed ahead on the pool) cut on the calling thread into key ranges that
// line up with the index's stored blocks (StoredBlocks, read in the same
// order; a range is also cut every chunkSize files). Each range goes to the
// pool as one DiffGroup (StatBlockDiff): an unchanged block costs one digest
// of stats the walk made, a changed one a file-by-file diff against its
// docs. One ordered pass, nothing held per file beyond the groups in flight
// and the folders listed ahead.
class SortedDiff
{
public:
    // Files per group, and so per stored block: a pool task's overhead is a
    // few stats' worth, a group's stats go to the kernel as one batch, and
    // a changed file makes the diff read this many docs. 512 rather than
    // 128: a rerun with nothing changed on a million files took 1.67 s
    // (median of 6) against 1.94 s, from fewer hand-offs to the pool and
    // fewer io_uring submissions (1024 gained nothing more); reading 512
    // docs for a changed file is still well under a millisecond.
    static constexpr size_t chunkSize = 512;

    SortedDiff(IndexRunState &run, IndexFeeder &feeder, StoredBlocks &stored, QThreadPool &pool,
               const CancelToken *cancel);
    ~SortedDiff();
    SortedDiff(const SortedDiff &) = delete;
    SortedDiff &operator=(const SortedDiff &) = delete;

    // Walks and diffs; returns the walk's fatal error (root not walkable) or
    // the index's read error. `tick` runs on this thread about every 100 ms.
    QString run(const WalkOptions &options, const std::function<void()> &tick);
    // After a complete walk: the last range, up to the end of the index, and
    // the stored blocks past it (their docs are gone). Waits for every group;
    // returns the index's read error, if any.
    QString removeRest();

private:
    [[nodiscard]] bool stopped() const;
    void onSpan(const ParallelSortedWalk::Span &s);
    void onEntry(const std::shared_ptr<std::vector<WalkEntry>> &store, size_t i);
    void cutBefore(const std::string &key);
    void advanceBlock();
    // Ends the open group at `hi` (none: the end of the index) and hands it
    // to the pool.
    void closeGroup(const std::optional<std::string> &hi);
    // Opens a group at the next stored block (`atBlock`) or at `lo`.
    void openGroup(bool atBlock, const std::string &lo);
    void dispatch(std::unique_ptr<DiffGroup> g);
    void flushFound();
    void waitInFlight(int atMost);
    void maybeTick();
    void fail(const QString &error);

    IndexRunState &m_run;
    IndexFeeder &m_feeder;
    StoredBlocks &m_stored;
    QThreadPool &m_pool;
    const CancelToken *m_cancel;
    const std::function<void()> *m_tick = nullptr;
    QElapsedTimer m_sinceTick;
    UniqueFd m_rootFd;
    std::unique_ptr<StatBlockDiff> m_diff;
    std::optional<StoredBlocks::Block> m_next;            // the next stored block the walk reaches
    std::optional<std::string> m_cover;                   // the block the walk is in (digest known)
    std::unique_ptr<DiffGroup> m_group;                   // the open group
    std::shared_ptr<std::vector<std::string>> m_unlisted; // folders the walk could not list
    std::mutex m_mutex;                                   // guards m_inFlight and m_error
    std::condition_variable m_finished;
    int m_inFlight = 0;
    QString m_error;
    qint64 m_found = 0; // found, not yet in m_run.found (this thread's)
    int m_maxInFlight = 8;
};

} // namespace wm
