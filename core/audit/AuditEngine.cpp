// SPDX-FileCopyrightText: 2026 WhiteMagic contributors
// SPDX-License-Identifier: MIT

#include "AuditEngine.h"

#include "AuditLogging.h"
#include "FileAnalyzer.h"
#include "concurrency/CancelToken.h"
#include "concurrency/ThreadAdvisor.h"
#include "concurrency/ThreadClock.h"
#include "concurrency/ThreadTuner.h"
#include "concurrency/TsanAnnotations.h"
#include "io/NativePath.h"
#include "walk/FileWalker.h"

#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QThread>
#include <QThreadPool>
#include <algorithm>
#include <atomic>
#include <condition_variable>
#include <ctime>
#include <mutex>

namespace wm {
namespace {

qint64 threadCpuNs()
{
    timespec ts{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return qint64(ts.tv_sec) * 1000000000 + ts.tv_nsec;
}

// Shared state between the pool's analysis tasks and the caller's thread.
class AuditRun
{
public:
    AuditRun(const AuditOptions &o, const CancelToken *cancel, const AuditEngine::Callbacks &cb)
        : m_options(o), m_cancel(cancel), m_cb(cb),
          m_analyzer(NativePath::encodeStd(QDir::cleanPath(o.walk.root)),
                     FileAnalyzer::Options{o.maxFileSize, o.walk.followLinks})
    {
        m_since.start();
        m_wall.start();
    }

    void analyzeChunk(std::vector<WalkEntry> &&chunk)
    {
        // Clock reads are syscalls, where a pending preemption takes effect;
        // this order puts every such wait inside both the wall and the
        // run-queue window, or inside neither.
        QElapsedTimer wall;
        wall.start();
        const qint64 delay0 = ThreadClock::runDelayNs();
        const qint64 cpu0 = threadCpuNs();
        std::vector<FileRecord> out;
        out.reserve(chunk.size());
        qint64 bytes = 0;
        for (const WalkEntry &e : chunk) {
            if (isCancelled(m_cancel)) break;
            out.push_back(m_analyzer.analyze(e, m_cancel));
            bytes += out.back().bytes;
        }
        m_cpuNs += threadCpuNs() - cpu0;
        m_busyNs += wall.nsecsElapsed();
        m_runDelayNs += ThreadClock::runDelayNs() - delay0;
        std::lock_guard lock(m_mutex);
        m_done += qint64(out.size());
        m_bytes += bytes;
        std::move(out.begin(), out.end(), std::back_inserter(m_pending));
        if (qint64(m_pending.size()) >= m_options.batchSize) m_wake.notify_one();
    }

    // Runs on the caller's thread: hands pending records over in batches.
    // `peakQueue` and `threads` are the walker's and the pool's figures now,
    // for the live measurements.
    void flush(qint64 found, bool final, qint64 peakQueue, int threads)
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
        // The running sums serve the live measurements in both modes, and
        // are the totals of a stream-only run, where the caller keeps the rows.
        for (const FileRecord &r : batch) {
            m_streamTotals.add(r);
            m_streamRecent += r.mtimeMs >= m_hourAgo ? 1 : 0;
        }
        if (m_options.keepRecords) std::move(batch.begin(), batch.end(), std::back_inserter(m_all));
        if (m_cb.onProgress) {
            measure(p, peakQueue, threads);
            m_cb.onProgress(p);
        }
    }

    // The figures so far, in the run's own AuditStats (the final ones
    // overwrite them), so the samples are not copied at every tick.
    void measure(AuditProgress &p, qint64 peakQueue, int threads)
    {
        m_stats.threads = threads;
        m_stats.hardwareThreads = AuditEngine::threadsFor(0);
        m_stats.wallNs = m_wall.nsecsElapsed();
        m_stats.workerBusyNs = m_busyNs;
        m_stats.workerCpuNs = m_cpuNs;
        m_stats.workerRunDelayNs = m_runDelayNs;
        m_stats.peakQueueDepth = peakQueue;
        m_stats.recentlyModified = m_streamRecent;
        p.stats = m_stats;
        p.statFiles = m_streamTotals.files;
        p.statErrors = m_streamTotals.errors;
        p.threads = threads;
        p.recommendedThreads =
            ThreadAdvisor::recommendFor(m_stats.hardwareThreads, m_stats.workerBusyNs,
                                        m_stats.workerCpuNs, m_stats.workerRunDelayNs);
    }

    std::vector<FileRecord> takeAll() { return std::move(m_all); }
    const AuditTotals &streamTotals() const { return m_streamTotals; }
    qint64 streamRecentlyModified() const { return m_streamRecent; }
    AuditStats &stats() { return m_stats; }
    qint64 busyNs() const { return m_busyNs; }
    qint64 cpuNs() const { return m_cpuNs; }
    qint64 runDelayNs() const { return m_runDelayNs; }

private:
    const AuditOptions &m_options;
    const CancelToken *m_cancel;
    const AuditEngine::Callbacks &m_cb;
    FileAnalyzer m_analyzer;

    std::mutex m_mutex;
    std::condition_variable m_wake;
    std::vector<FileRecord> m_pending;
    qint64 m_done = 0;
    qint64 m_bytes = 0;

    std::vector<FileRecord> m_all;
    AuditTotals m_streamTotals;
    qint64 m_streamRecent = 0;
    const qint64 m_hourAgo = QDateTime::currentMSecsSinceEpoch() - 3600 * 1000;
    AuditStats m_stats;
    QElapsedTimer m_since;
    QElapsedTimer m_wall;
    qint64 m_lastDone = 0;
    std::atomic<qint64> m_busyNs{0};
    std::atomic<qint64> m_cpuNs{0};
    std::atomic<qint64> m_runDelayNs{0};
};

} // namespace

int AuditEngine::threadsFor(int requested)
{
    if (requested > 0) return requested;
    return std::max(1, QThread::idealThreadCount());
}

AuditResult AuditEngine::run(const AuditOptions &options, const CancelToken *cancel,
                             const Callbacks &callbacks)
{
    QElapsedTimer wall;
    wall.start();
    AuditResult result;
    result.root = QDir::cleanPath(options.walk.root);

    // With the application's pool the owner decides its size; otherwise the
    // run gets a pool of its own.
    QThreadPool ownPool;
    const bool shared = options.pool != nullptr;
    QThreadPool &pool = shared ? *options.pool : ownPool;
    const int threads = shared ? std::max(1, pool.maxThreadCount()) : threadsFor(options.threads);
    if (!shared) {
        pool.setMaxThreadCount(threads);
        // Idle workers stay alive for the whole run instead of being re-created.
        pool.setExpiryTimeout(-1);
    }
    // In automatic mode the pool starts at one thread per core and is resized
    // once the workers' compute share has been measured (ThreadTuner). Never
    // on a shared pool: resizing it would change every other engine's budget.
    ThreadTuner tuner(pool, threads, !shared && options.threads <= 0);

    AuditRun run(options, cancel, callbacks);
    FileWalker walker(options.walk);
    const auto tune = [&] {
        tuner.observe(wall.nsecsElapsed(), run.busyNs(), run.cpuNs(), run.runDelayNs());
    };
    const auto flush = [&](qint64 found, bool final) {
        run.flush(found, final, walker.peakPendingTasks(), tuner.threads());
    };
    const auto tick = [&] {
        flush(walker.discovered(), false);
        tune();
    };

    if (options.maxFiles <= 0) {
        // List and analyse at once: chunks are analysed as soon as found.
        result.fatalError = walker.walk(
            pool, cancel,
            [&](std::vector<WalkEntry> &&chunk) { run.analyzeChunk(std::move(chunk)); }, tick,
            options.batchIntervalMs);
    } else {
        // A file limit must pick the same files at every thread count, so
        // list everything first, then keep the first N paths.
        std::vector<WalkEntry> all = walker.list(pool, cancel, &result.fatalError);
        if (qint64(all.size()) > options.maxFiles) {
            result.omittedByLimit = qint64(all.size()) - options.maxFiles;
            all.resize(size_t(options.maxFiles));
        }
        std::mutex m;
        std::condition_variable cv;
        size_t outstanding = 0;
        for (size_t i = 0; i < all.size(); i += FileWalker::chunkSize) {
            const size_t end = std::min(all.size(), i + FileWalker::chunkSize);
            auto chunk = std::make_shared<std::vector<WalkEntry>>(
                std::make_move_iterator(all.begin() + qsizetype(i)),
                std::make_move_iterator(all.begin() + qsizetype(end)));
            {
                std::lock_guard lock(m);
                ++outstanding;
            }
            tsanRelease(chunk.get());
            pool.start([&, chunk] {
                tsanAcquire(chunk.get());
                run.analyzeChunk(std::move(*chunk));
                std::lock_guard lock(m);
                if (--outstanding == 0) cv.notify_all();
            });
        }
        std::unique_lock lock(m);
        while (outstanding > 0) {
            cv.wait_for(lock, std::chrono::milliseconds(options.batchIntervalMs));
            lock.unlock();
            flush(qint64(all.size()), false);
            tune();
            lock.lock();
        }
    }
    // Every task of this run has finished once walk() returned and
    // `outstanding` reached zero; a shared pool may still run other work.
    if (!shared) pool.waitForDone();
    flush(walker.discovered(), true);

    result.files = run.takeAll();
    // By bytes: two names that differ only in bytes that are not UTF-8 show
    // the same `path`, and must still come in the same order every run.
    std::sort(result.files.begin(), result.files.end(),
              [](const FileRecord &a, const FileRecord &b) { return a.pathBytes < b.pathBytes; });
    result.ignored = walker.ignored();
    result.totals = options.keepRecords ? AuditTotals::of(result.files) : run.streamTotals();
    result.cancelled = isCancelled(cancel);

    AuditStats &s = run.stats();
    s.threads = tuner.threads();
    s.hardwareThreads = threadsFor(0);
    s.autoThreads = tuner.enabled();
    s.probeComputeShare = tuner.probeComputeShare();
    s.probeAvailability = tuner.probeAvailability();
    s.wallNs = wall.nsecsElapsed();
    s.workerBusyNs = run.busyNs();
    s.workerCpuNs = run.cpuNs();
    s.workerRunDelayNs = run.runDelayNs();
    s.recommendedThreads = ThreadAdvisor::recommendFor(s.hardwareThreads, s.workerBusyNs,
                                                       s.workerCpuNs, s.workerRunDelayNs);
    s.peakQueueDepth = walker.peakPendingTasks();
    const qint64 hourAgo = QDateTime::currentMSecsSinceEpoch() - 3600 * 1000;
    s.recentlyModified =
        options.keepRecords
            ? std::count_if(result.files.begin(), result.files.end(),
                            [&](const FileRecord &r) { return r.mtimeMs >= hourAgo; })
            : run.streamRecentlyModified();
    result.stats = std::move(s);
    qCDebug(lcAudit) << "audited" << result.totals.files << "files in" << result.stats.wallNs / 1e6
                     << "ms on" << result.stats.threads << "threads";
    return result;
}

} // namespace wm
