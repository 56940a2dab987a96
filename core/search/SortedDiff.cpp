// SPDX-FileCopyrightText: 2026 WhiteMagic contributors
// SPDX-License-Identifier: MIT

#include "SortedDiff.h"

#include "IndexFeeder.h"
#include "IndexRunState.h"
#include "SqliteError.h"
#include "StoredBlocks.h"
#include "concurrency/CancelToken.h"
#include "concurrency/PoolTask.h"
#include "io/NativePath.h"
#include "walk/ParallelSortedWalk.h"

#include <QDir>
#include <QThreadPool>
#include <fcntl.h>

namespace wm {

SortedDiff::SortedDiff(IndexRunState &run, IndexFeeder &feeder, StoredBlocks &stored,
                       QThreadPool &pool, const CancelToken *cancel)
    : m_run(run), m_feeder(feeder), m_stored(stored), m_pool(pool), m_cancel(cancel),
      m_unlisted(std::make_shared<std::vector<std::string>>()),
      // Enough groups to keep every reader busy while this thread walks on
      // (8 per thread rather than 4: fewer waits for a group to finish);
      // few enough that memory does not follow the tree (~1 MiB at 2).
      m_maxInFlight(std::max(2, pool.maxThreadCount()) * 8)
{
}

SortedDiff::~SortedDiff()
{
    m_tick = nullptr; // the caller's, possibly gone
    waitInFlight(0);
}

bool SortedDiff::stopped() const
{
    return isCancelled(&m_run.stop) || isCancelled(m_cancel);
}

QString SortedDiff::run(const WalkOptions &options, const std::function<void()> &tick)
{
    m_tick = &tick;
    m_sinceTick.start();
    const std::string rootNative = NativePath::encodeStd(QDir::cleanPath(options.root));
    m_rootFd.reset(::open(rootNative.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC));
    m_diff = std::make_unique<StatBlockDiff>(m_run, m_feeder, m_stored, m_rootFd.get());
    m_next = m_stored.next();
    openGroup(false, std::string()); // the head of the index, before any block
    // Folders are listed and their files stat'ed on the pool, ahead of this
    // thread, which only cuts the entries into groups: an unchanged group
    // then costs its pool task one digest. Listing on a thread of its own
    // (and stat'ing in the groups' tasks) took a rerun on a million files
    // 1.50–1.68 s against 1.32–1.56 s (six alternating runs each): more CPU
    // in hand-offs and in moving every entry through this thread, and the
    // stats ran long after the listing had brought the names into the cache.
    ParallelSortedWalk::Settings settings;
    settings.displayPaths = false;
    settings.statFiles = true;
    ParallelSortedWalk walk(options, m_pool, m_cancel, settings);
    ParallelSortedWalk::Span span;
    for (;;) {
        if (isCancelled(m_cancel)) m_run.stop.cancel();
        if (stopped()) {
            walk.cancel();
            break;
        }
        const ParallelSortedWalk::Next next = walk.next(&span, 100);
        if (next == ParallelSortedWalk::Next::End) break;
        if (next == ParallelSortedWalk::Next::Span) onSpan(span);
        maybeTick();
    }
    flushFound();
    const std::lock_guard lock(m_mutex);
    return walk.error().isEmpty() ? m_error : walk.error();
}

QString SortedDiff::removeRest()
{
    while (!stopped() && m_next) {
        closeGroup(m_next->lo);
        openGroup(true, std::string());
    }
    if (!stopped()) closeGroup(std::nullopt);
    waitInFlight(0);
    const std::lock_guard lock(m_mutex);
    return m_error;
}

void SortedDiff::advanceBlock()
{
    m_next = m_stored.next();
}

void SortedDiff::openGroup(bool atBlock, const std::string &lo)
{
    m_group = std::make_unique<DiffGroup>();
    if (atBlock) {
        m_cover.reset();
        if (m_next->digest) m_cover = m_next->lo;
        m_group->range.lo = m_next->lo;
        m_group->block = std::move(m_next);
        advanceBlock();
    } else if (!lo.empty()) {
        m_group->range.lo = lo;
    }
    m_group->cover = m_cover;
}

void SortedDiff::closeGroup(const std::optional<std::string> &hi)
{
    m_group->range.hi = hi;
    m_group->unlisted = m_unlisted;
    dispatch(std::move(m_group));
}

void SortedDiff::flushFound()
{
    m_run.found += m_found;
    m_found = 0;
}

void SortedDiff::maybeTick()
{
    if (isCancelled(m_cancel)) m_run.stop.cancel();
    if (m_sinceTick.elapsed() < 100) return;
    flushFound();
    (*m_tick)();
    m_sinceTick.restart();
}

// Cuts the span into the open group and the next ones. Where it holds no
// error row and none of the index's own files, only the entries at a cut are
// read (a binary search for the next stored block's first key); the rest
// are counted, not touched: a million files cross this thread as a few
// thousand spans.
void SortedDiff::onSpan(const ParallelSortedWalk::Span &s)
{
    std::vector<WalkEntry> &entries = *s.store;
    if (!s.clean || m_feeder.mayHoldOwnFiles(entries[s.begin].nativeRel)) {
        for (size_t i = s.begin; i < s.end && !stopped(); ++i)
            onEntry(s.store, i);
        return;
    }
    for (size_t i = s.begin; i < s.end && !stopped();) {
        cutBefore(entries[i].nativeRel);
        size_t end = std::min(s.end, i + (chunkSize - m_group->files));
        if (m_next) {
            const std::string &lo = m_next->lo;
            end = size_t(std::partition_point(
                             entries.begin() + qsizetype(i) + 1, entries.begin() + qsizetype(end),
                             [&lo](const WalkEntry &e) { return e.nativeRel < lo; }) -
                         entries.begin());
        }
        m_group->add(s.store, i, end);
        m_found += qint64(end - i);
        i = end;
    }
}

// Before the file `key`: the groups end where a stored block begins, and
// every chunkSize files.
void SortedDiff::cutBefore(const std::string &key)
{
    // An error row sorts as its name: it belongs to the range it falls in.
    while (m_next && key >= m_next->lo) {
        closeGroup(m_next->lo);
        openGroup(true, std::string());
    }
    if (m_group->files >= chunkSize) {
        closeGroup(key);
        openGroup(false, key);
    }
}

void SortedDiff::onEntry(const std::shared_ptr<std::vector<WalkEntry>> &store, size_t i)
{
    const WalkEntry &e = (*store)[i];
    if (m_feeder.isOwnFile(e)) return;
    ++m_found;
    cutBefore(e.nativeRel);
    if (!e.error.isEmpty()) {
        if (e.isDirectory) {
            // Copied, not changed: groups in flight hold the list as it was.
            auto more = std::make_shared<std::vector<std::string>>(*m_unlisted);
            more->push_back(e.nativeRel);
            m_unlisted = std::move(more);
        }
        m_group->tainted = true;
        m_feeder.reportError(e);
        return;
    }
    m_group->add(store, i, i + 1);
}

void SortedDiff::fail(const QString &error)
{
    {
        const std::lock_guard lock(m_mutex);
        if (m_error.isEmpty()) m_error = error;
    }
    m_run.stop.cancel();
}

void SortedDiff::dispatch(std::unique_ptr<DiffGroup> g)
{
    flushFound();
    if (stopped()) return;
    waitInFlight(m_maxInFlight - 1);
    {
        const std::lock_guard lock(m_mutex);
        ++m_inFlight;
    }
    // Files are stat'ed and diffed on the pool, not on the walking thread:
    // an update with nothing to do then uses every core. PoolTask makes the
    // hand-off of the task itself visible to TSan (concurrency/PoolTask.h).
    std::shared_ptr<DiffGroup> group(std::move(g));
    PoolTask::start(m_pool, [this, group] {
        try {
            if (!stopped()) m_diff->run(*group);
        } catch (const SqliteError &e) {
            fail(QString::fromUtf8(e.what()));
        }
        // The folders' descriptors (held by the entries) go back before the
        // count drops.
        group->entries.clear();
        group->spans.clear();
        const std::lock_guard lock(m_mutex);
        --m_inFlight;
        m_finished.notify_all();
    });
}

void SortedDiff::waitInFlight(int atMost)
{
    std::unique_lock lock(m_mutex);
    while (m_inFlight > atMost) {
        m_finished.wait_for(lock, std::chrono::milliseconds(100));
        if (m_tick == nullptr) continue;
        lock.unlock();
        maybeTick();
        lock.lock();
    }
}

} // namespace wm
