// SPDX-FileCopyrightText: 2026 WhiteMagic contributors
// SPDX-License-Identifier: MIT

#pragma once

#include "FileRecord.h"
#include "walk/WalkEntry.h"

#include <QtGlobal>
#include <condition_variable>
#include <functional>
#include <map>
#include <mutex>
#include <vector>

class QThreadPool;

namespace wm {

class AuditRun;

// Analysis on the pool behind a walk that lists in path order, with records
// handed to the AuditRun in that same order: chunk k's records are queued
// only after those of every chunk before it. At most `window` chunks are in
// flight (submitted, not yet queued), so memory stays bounded however large
// the tree, and the output is the same at every thread count.
class OrderedAnalysis
{
public:
    OrderedAnalysis(QThreadPool &pool, AuditRun &run, int window);

    // On the walking thread. Waits while the window is full, calling `idle`
    // about every `tickMs` meanwhile (progress, flushing, tuning).
    void submit(std::vector<WalkEntry> &&chunk, const std::function<void()> &idle, int tickMs);
    // Waits until every submitted chunk has been queued.
    void waitAll(const std::function<void()> &idle, int tickMs);

    [[nodiscard]] qint64 peakInFlight() const;

private:
    void complete(qint64 seq, std::vector<FileRecord> &&records);
    void waitBelow(qint64 limit, const std::function<void()> &idle, int tickMs);

    QThreadPool &m_pool;
    AuditRun &m_run;
    const qint64 m_window;

    mutable std::mutex m_mutex;
    std::condition_variable m_progress;
    std::map<qint64, std::vector<FileRecord>> m_ready; // done, waiting for an earlier chunk
    qint64 m_next = 0;   // sequence number of the next chunk submitted
    qint64 m_queued = 0; // chunks before this one have been queued
    qint64 m_peak = 0;
};

} // namespace wm
