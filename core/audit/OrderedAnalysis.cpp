// SPDX-FileCopyrightText: 2026 WhiteMagic contributors
// SPDX-License-Identifier: MIT

#include "OrderedAnalysis.h"

#include "AuditRun.h"
#include "concurrency/PoolTask.h"

#include <QThreadPool>
#include <memory>

namespace wm {

OrderedAnalysis::OrderedAnalysis(QThreadPool &pool, AuditRun &run, int window)
    : m_pool(pool), m_run(run), m_window(std::max(1, window))
{
}

void OrderedAnalysis::submit(std::vector<WalkEntry> &&chunk, const std::function<void()> &idle,
                             int tickMs)
{
    waitBelow(m_window, idle, tickMs);
    qint64 seq = 0;
    {
        std::lock_guard lock(m_mutex);
        seq = m_next++;
        m_peak = std::max(m_peak, m_next - m_queued);
    }
    auto task = std::make_shared<std::vector<WalkEntry>>(std::move(chunk));
    // PoolTask makes the hand-off visible to TSan after the closure is
    // built: releasing before it (as here once) left the closure's own
    // storage, written by this thread, unordered with the pool's read.
    PoolTask::start(m_pool, [this, seq, task]() mutable {
        std::vector<FileRecord> records = m_run.analyze(*task);
        task.reset(); // the entries' open folders close before the hand-off
        complete(seq, std::move(records));
    });
}

void OrderedAnalysis::waitAll(const std::function<void()> &idle, int tickMs)
{
    waitBelow(1, idle, tickMs);
}

qint64 OrderedAnalysis::peakInFlight() const
{
    std::lock_guard lock(m_mutex);
    return m_peak;
}

void OrderedAnalysis::complete(qint64 seq, std::vector<FileRecord> &&records)
{
    std::lock_guard lock(m_mutex);
    if (seq != m_queued) {
        m_ready.emplace(seq, std::move(records));
        return;
    }
    m_run.enqueue(std::move(records));
    ++m_queued;
    for (auto it = m_ready.begin(); it != m_ready.end() && it->first == m_queued;
         it = m_ready.erase(it)) {
        m_run.enqueue(std::move(it->second));
        ++m_queued;
    }
    m_progress.notify_all();
}

void OrderedAnalysis::waitBelow(qint64 limit, const std::function<void()> &idle, int tickMs)
{
    using Clock = std::chrono::steady_clock;
    const auto interval = std::chrono::milliseconds(tickMs);
    auto nextIdle = Clock::now() + interval;
    std::unique_lock lock(m_mutex);
    while (m_next - m_queued >= limit) {
        m_progress.wait_until(lock, nextIdle);
        // By the clock, not by timeouts: completions wake this wait often.
        if (idle && Clock::now() >= nextIdle) {
            lock.unlock();
            idle();
            lock.lock();
            nextIdle = Clock::now() + interval;
        }
    }
}

} // namespace wm
