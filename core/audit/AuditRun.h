// SPDX-FileCopyrightText: 2026 WhiteMagic contributors
// SPDX-License-Identifier: MIT

#pragma once

#include "AuditEngine.h"
#include "AuditStats.h"
#include "AuditTotals.h"
#include "FileAnalyzer.h"
#include "concurrency/WorkMeter.h"
#include "walk/WalkEntry.h"

#include <QElapsedTimer>
#include <atomic>
#include <condition_variable>
#include <mutex>
#include <vector>

namespace wm {

// The state one AuditEngine::run shares between the pool's analysis tasks
// and the caller's thread: tasks analyse chunks of walk entries and queue
// the records; the caller hands them over in batches (flush) with progress
// and the live measurements, and keeps them when the options ask for that.
class AuditRun
{
public:
    AuditRun(const AuditOptions &o, const CancelToken *cancel, const AuditEngine::Callbacks &cb);

    // On a pool thread: analyses `chunk` and queues its records.
    void analyzeChunk(std::vector<WalkEntry> &&chunk);
    // The same without queueing: the records of `chunk`, in its order.
    [[nodiscard]] std::vector<FileRecord> analyze(const std::vector<WalkEntry> &chunk);
    // On any thread: queues records that are ready to be handed over.
    void enqueue(std::vector<FileRecord> &&records);

    // On the caller's thread: hands queued records over in batches.
    // `peakQueue` and `threads` are the walker's and the pool's figures
    // now, for the live measurements.
    void flush(qint64 found, bool final, qint64 peakQueue, int threads);

    [[nodiscard]] std::vector<FileRecord> takeAll() { return std::move(m_all); }
    [[nodiscard]] const AuditTotals &streamTotals() const { return m_streamTotals; }
    [[nodiscard]] qint64 streamRecentlyModified() const { return m_streamRecent; }
    [[nodiscard]] AuditStats &stats() { return m_stats; }
    // Analysis tasks and (through the walker) listing tasks.
    [[nodiscard]] WorkMeter &meter() { return m_meter; }
    [[nodiscard]] qint64 busyNs() const { return m_meter.busyNs(); }
    [[nodiscard]] qint64 cpuNs() const { return m_meter.cpuNs(); }
    [[nodiscard]] qint64 runDelayNs() const { return m_meter.runDelayNs(); }
    [[nodiscard]] qint64 hourAgoMs() const { return m_hourAgo; }

private:
    void measure(AuditProgress &p, qint64 peakQueue, int threads);

    const AuditOptions &m_options;
    const CancelToken *m_cancel;
    const AuditEngine::Callbacks &m_cb;
    FileAnalyzer m_analyzer;

    std::mutex m_mutex;
    std::vector<FileRecord> m_pending;
    qint64 m_done = 0;
    qint64 m_bytes = 0;

    std::vector<FileRecord> m_all;
    AuditTotals m_streamTotals;
    qint64 m_streamRecent = 0;
    const qint64 m_hourAgo;
    AuditStats m_stats;
    QElapsedTimer m_since;
    QElapsedTimer m_wall;
    qint64 m_lastDone = 0;
    WorkMeter m_meter;
};

} // namespace wm
