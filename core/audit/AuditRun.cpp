// SPDX-FileCopyrightText: 2026 WhiteMagic contributors
// SPDX-License-Identifier: MIT

#include "AuditRun.h"

#include "concurrency/CancelToken.h"
#include "concurrency/ThreadAdvisor.h"
#include "concurrency/WorkMeter.h"
#include "io/NativePath.h"

#include <QDateTime>
#include <QDir>
#include <algorithm>

namespace wm {

AuditRun::AuditRun(const AuditOptions &o, const CancelToken *cancel,
                   const AuditEngine::Callbacks &cb)
    : m_options(o), m_cancel(cancel), m_cb(cb),
      m_analyzer(NativePath::encodeStd(QDir::cleanPath(o.walk.root)),
                 FileAnalyzer::Options{o.maxFileSize, o.walk.followLinks}),
      m_hourAgo(QDateTime::currentMSecsSinceEpoch() - 3600 * 1000)
{
    m_since.start();
    m_wall.start();
}

std::vector<FileRecord> AuditRun::analyze(const std::vector<WalkEntry> &chunk)
{
    std::vector<FileRecord> out;
    out.reserve(chunk.size());
    qint64 bytes = 0;
    {
        const WorkMeter::Scope measured(&m_meter);
        for (const WalkEntry &e : chunk) {
            if (isCancelled(m_cancel)) break;
            out.push_back(m_analyzer.analyze(e, m_cancel));
            bytes += out.back().bytes;
        }
    }
    std::lock_guard lock(m_mutex);
    m_done += qint64(out.size());
    m_bytes += bytes;
    return out;
}

void AuditRun::analyzeChunk(std::vector<WalkEntry> &&chunk)
{
    enqueue(analyze(chunk));
}

void AuditRun::enqueue(std::vector<FileRecord> &&records)
{
    std::lock_guard lock(m_mutex);
    if (m_pending.empty())
        m_pending = std::move(records);
    else
        std::move(records.begin(), records.end(), std::back_inserter(m_pending));
}

void AuditRun::flush(qint64 found, bool final, qint64 peakQueue, int threads)
{
    std::vector<FileRecord> batch;
    AuditProgress p;
    {
        std::lock_guard lock(m_mutex);
        batch.swap(m_pending);
        p.found = found;
        p.done = m_done;
        p.bytes = m_bytes;
        p.finished = final;
    }
    const double secs = std::max(1e-3, m_since.nsecsElapsed() / 1e9);
    m_since.restart();
    m_stats.throughputSamples.push_back(double(p.done - m_lastDone) / secs);
    m_lastDone = p.done;
    for (size_t i = 0; i < batch.size(); i += size_t(m_options.batchSize)) {
        const size_t n = std::min(batch.size() - i, size_t(m_options.batchSize));
        if (m_cb.onBatch) m_cb.onBatch(std::span<const FileRecord>(batch.data() + i, n));
    }
    // The running sums serve the live measurements in both modes, and are
    // the totals of a stream-only run, where the caller keeps the rows.
    for (const FileRecord &r : batch) {
        m_streamTotals.add(r);
        m_streamRecent += r.mtimeMs >= m_hourAgo ? 1 : 0;
    }
    if (m_options.keepRecords) {
        if (m_all.empty())
            m_all = std::move(batch);
        else
            std::move(batch.begin(), batch.end(), std::back_inserter(m_all));
    }
    if (m_cb.onProgress) {
        measure(p, peakQueue, threads);
        m_cb.onProgress(p);
    }
}

// The figures so far, in the run's own AuditStats (the final ones overwrite
// them), so the samples are not copied at every tick.
void AuditRun::measure(AuditProgress &p, qint64 peakQueue, int threads)
{
    m_stats.threads = threads;
    m_stats.hardwareThreads = AuditEngine::threadsFor(0);
    m_stats.wallNs = m_wall.nsecsElapsed();
    m_stats.workerBusyNs = busyNs();
    m_stats.workerCpuNs = cpuNs();
    m_stats.workerRunDelayNs = runDelayNs();
    m_stats.peakQueueDepth = peakQueue;
    m_stats.recentlyModified = m_streamRecent;
    p.stats = m_stats;
    p.statFiles = m_streamTotals.files;
    p.statErrors = m_streamTotals.errors;
    p.threads = threads;
    p.recommendedThreads = ThreadAdvisor::recommendFor(
        m_stats.hardwareThreads,
        {m_stats.wallNs, m_stats.workerBusyNs, m_stats.workerCpuNs, m_stats.workerRunDelayNs});
}

} // namespace wm
