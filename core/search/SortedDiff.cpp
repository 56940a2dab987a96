// SPDX-FileCopyrightText: 2026 WhiteMagic contributors
// SPDX-License-Identifier: MIT

#include "SortedDiff.h"

#include "IndexFeeder.h"
#include "IndexRunState.h"
#include "StoredDocs.h"
#include "StoredDocsCursor.h"
#include "concurrency/CancelToken.h"
#include "concurrency/PoolTask.h"
#include "io/NativePath.h"
#include "io/StatBatch.h"
#include "walk/FileWalker.h"
#include "walk/WalkAhead.h"

#include <QDir>
#include <QThreadPool>
#include <cerrno>
#include <fcntl.h>
#include <memory>

namespace wm {

SortedDiff::SortedDiff(IndexRunState &run, IndexFeeder &feeder, StoredDocsCursor &stored,
                       QThreadPool &pool, const CancelToken *cancel)
    : m_run(run), m_feeder(feeder), m_stored(stored), m_pool(pool), m_cancel(cancel),
      // Enough chunks to keep every reader busy while this thread walks on;
      // few enough that memory does not follow the tree.
      m_maxInFlight(std::max(2, pool.maxThreadCount()) * 4)
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
    // The walk lists folders on a thread of its own while this one merges;
    // chunks of 256 entries keep the hand-offs between them rare, and at
    // most 4 waiting keep few folders open (entries hold theirs).
    WalkAhead walk(options, false, 256, 4);
    std::vector<WalkEntry> chunk;
    for (;;) {
        if (isCancelled(m_cancel)) m_run.stop.cancel();
        if (stopped()) {
            walk.cancel();
            break;
        }
        const WalkAhead::Next next = walk.next(&chunk, 100);
        if (next == WalkAhead::Next::End) break;
        for (WalkEntry &e : chunk) {
            if (stopped()) break;
            onEntry(std::move(e));
        }
        chunk.clear();
        maybeTick();
    }
    const QString error = walk.error();
    if (!stopped()) dispatch();
    flushFound();
    waitInFlight(0);
    return error;
}

void SortedDiff::removeRest()
{
    while (!stopped() && !m_stored.atEnd()) {
        remove(m_stored.key());
        m_stored.advance();
    }
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

void SortedDiff::remove(std::string_view key)
{
    if (StoredDocs::isUnder(key, m_unlisted)) return; // not listed, not gone
    IndexOp op;
    op.type = IndexOp::Type::Remove;
    op.doc.key = key;
    m_run.queue.push(std::move(op));
}

void SortedDiff::passStoredBelow(std::string_view key)
{
    while (!m_stored.atEnd() && m_stored.key() < key) {
        remove(m_stored.key());
        m_stored.advance();
    }
}

void SortedDiff::statKnown(std::vector<Changed> &chunk) const
{
    std::vector<StatBatch::Item> items;
    items.reserve(chunk.size());
    for (const Changed &c : chunk) {
        if (!c.isKnown || !c.entry.needsStat) continue;
        const WalkEntry &e = c.entry;
        StatBatch::Item item;
        if (e.folder) {
            const size_t slash = e.nativeRel.rfind('/');
            item.dirFd = e.folder->get();
            item.name = e.nativeRel.c_str() + (slash == std::string::npos ? 0 : slash + 1);
        } else {
            item.dirFd = m_rootFd.get();
            item.name = e.nativeRel.c_str();
        }
        items.push_back(item);
    }
    StatBatch::forThisThread().run(items);
    size_t next = 0;
    for (Changed &c : chunk) {
        if (!c.isKnown || !c.entry.needsStat) continue;
        const StatBatch::Item &item = items[next++];
        c.statError = item.error;
        if (item.error != 0) continue;
        c.entry.size = item.size;
        c.entry.mtimeMs = item.mtimeMs;
        c.entry.needsStat = false;
    }
}

void SortedDiff::onEntry(WalkEntry &&e)
{
    if (m_feeder.isOwnFile(e)) return;
    ++m_found;
    // An error row sorts as its name; known files up to it were not seen.
    passStoredBelow(e.nativeRel);
    if (!e.error.isEmpty()) {
        if (e.isDirectory) m_unlisted.push_back(e.nativeRel);
        m_feeder.reportError(e);
        return;
    }
    Changed c;
    if (!m_stored.atEnd() && m_stored.key() == e.nativeRel) {
        c.known = m_stored.doc();
        c.isKnown = true;
        m_stored.advance();
    }
    c.entry = std::move(e);
    m_pending.push_back(std::move(c));
    if (m_pending.size() >= chunkSize) dispatch();
}

bool SortedDiff::process(Changed &c, qint64 *unchanged)
{
    if (c.isKnown) {
        if (c.statError == ENOENT || c.statError == ENOTDIR) {
            // Gone since it was listed.
            IndexOp op;
            op.type = IndexOp::Type::Remove;
            op.doc.key = c.entry.nativeRel;
            return m_run.queue.push(std::move(op));
        }
        // A stat that failed otherwise is the reader's to report.
        if (c.statError == 0 && c.known.unchanged(c.entry.size, c.entry.mtimeMs)) {
            ++*unchanged;
            return true;
        }
    }
    // Only files that are read get a display path (the walk makes none).
    if (c.entry.relPath.isEmpty()) c.entry.relPath = NativePath::displayBytes(c.entry.nativeRel);
    return m_feeder.prepare(c.entry, c.isKnown ? &c.known : nullptr);
}

void SortedDiff::dispatch()
{
    flushFound();
    if (m_pending.empty()) return;
    waitInFlight(m_maxInFlight - 1);
    auto chunk = std::make_shared<std::vector<Changed>>(std::move(m_pending));
    m_pending = {};
    m_pending.reserve(chunkSize);
    {
        std::lock_guard lock(m_mutex);
        ++m_inFlight;
    }
    // Known files are stat'ed here, on the pool, not on the walking thread:
    // an update with nothing to do then uses every core. PoolTask makes the
    // hand-off of the task itself visible to TSan (concurrency/PoolTask.h).
    PoolTask::start(m_pool, [this, chunk] {
        if (!stopped()) statKnown(*chunk);
        qint64 unchanged = 0;
        for (Changed &c : *chunk)
            if (stopped() || !process(c, &unchanged)) break;
        m_run.unchanged += unchanged; // once per chunk: the counters share a cache line
        chunk->clear();               // the folders' descriptors go back before the count drops
        std::lock_guard lock(m_mutex);
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
