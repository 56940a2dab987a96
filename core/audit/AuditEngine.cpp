// SPDX-FileCopyrightText: 2026 WhiteMagic contributors
// SPDX-License-Identifier: MIT

#include "AuditEngine.h"

#include "AuditLogging.h"
#include "AuditRun.h"
#include "OrderedAnalysis.h"
#include "concurrency/CancelToken.h"
#include "concurrency/PoolTask.h"
#include "concurrency/ThreadAdvisor.h"
#include "concurrency/ThreadTuner.h"
#include "concurrency/WorkMeter.h"
#include "walk/FileWalker.h"
#include "walk/SortedWalk.h"

#include <QDir>
#include <QElapsedTimer>
#include <QThread>
#include <QThreadPool>
#include <algorithm>
#include <condition_variable>
#include <mutex>

namespace wm {
namespace {

// What one run works with: its pool (its own or the application's), the
// tuner that may resize it, the shared state and the walker.
struct RunContext
{
    const AuditOptions &options;
    const CancelToken *cancel;
    QThreadPool &pool;
    ThreadTuner &tuner;
    AuditRun &run;
    FileWalker &walker;
    QElapsedTimer &wall;
    qint64 peakQueue = 0; // the sorted walk's chunks in flight at most
    qint64 found = 0;     // the sorted walk's entries so far

    // The tuner judges the workers' figures of the last window (or a test's
    // figures, AuditOptions::tunerSignals) at every tick.
    void tune()
    {
        WorkSample now = run.meter().total();
        now.elapsedNs = wall.nsecsElapsed();
        tuner.observe(options.tunerSignals ? options.tunerSignals() : now);
    }
    [[nodiscard]] qint64 peak() const { return std::max(peakQueue, walker.peakPendingTasks()); }
    void flush(qint64 listed, bool final) { run.flush(listed, final, peak(), tuner.threads()); }
};

// Chunks analysed ahead of the oldest one still running: enough to keep
// every thread busy behind the walk, few enough that memory stays small.
constexpr int reorderWindow = 64;

// The default: the tree listed in path order on this thread while the pool
// analyses behind it (OrderedAnalysis), so records reach the caller sorted,
// as they complete, and nothing is held for sorting. A file limit stops
// analysing after the first N paths and only counts the rest.
QString walkSortedAndAnalyze(RunContext &c, AuditResult &result)
{
    SortedWalk walk(c.options.walk, c.cancel);
    OrderedAnalysis order(c.pool, c.run, reorderWindow);
    const int tickMs = c.options.batchIntervalMs;
    const auto idle = [&] {
        c.peakQueue = order.peakInFlight();
        c.found = walk.discovered();
        c.flush(c.found, false);
        c.tune();
    };
    QElapsedTimer sinceIdle;
    sinceIdle.start();
    qint64 listed = 0;
    const SortedWalk::Sink sink = [&](std::vector<WalkEntry> &&chunk) {
        if (c.options.maxFiles > 0) {
            const qint64 room = std::max<qint64>(0, c.options.maxFiles - listed);
            if (qint64(chunk.size()) > room) {
                result.omittedByLimit += qint64(chunk.size()) - room;
                chunk.resize(size_t(room));
            }
        }
        listed += qint64(chunk.size());
        if (!chunk.empty()) order.submit(std::move(chunk), idle, tickMs);
        if (sinceIdle.elapsed() >= tickMs) {
            idle();
            sinceIdle.restart();
        }
    };
    const QString fatal = walk.run(sink, FileWalker::chunkSize);
    order.waitAll(idle, tickMs);
    c.peakQueue = order.peakInFlight();
    c.found = walk.discovered();
    result.ignored = walk.ignored();
    return fatal;
}

// List and analyse at once: chunks are analysed as soon as found.
QString walkAndAnalyze(RunContext &c)
{
    return c.walker.walk(
        c.pool, c.cancel,
        [&](std::vector<WalkEntry> &&chunk) { c.run.analyzeChunk(std::move(chunk)); },
        [&] {
            c.flush(c.walker.discovered(), false);
            c.tune();
        },
        c.options.batchIntervalMs);
}

// A file limit must pick the same files at every thread count, so list
// everything first, then analyse the first N paths.
QString analyzeFirstFiles(RunContext &c, qint64 &omitted)
{
    QString fatal;
    std::vector<WalkEntry> all = c.walker.list(c.pool, c.cancel, &fatal);
    if (qint64(all.size()) > c.options.maxFiles) {
        omitted = qint64(all.size()) - c.options.maxFiles;
        all.resize(size_t(c.options.maxFiles));
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
        PoolTask::start(c.pool, [&, chunk] {
            c.run.analyzeChunk(std::move(*chunk));
            std::lock_guard lock(m);
            if (--outstanding == 0) cv.notify_all();
        });
    }
    std::unique_lock lock(m);
    while (outstanding > 0) {
        cv.wait_for(lock, std::chrono::milliseconds(c.options.batchIntervalMs));
        lock.unlock();
        c.flush(qint64(all.size()), false);
        c.tune();
        lock.lock();
    }
    return fatal;
}

// The final figures of a finished run.
void fillStats(RunContext &c, AuditResult &result)
{
    AuditStats &s = c.run.stats();
    s.threads = c.tuner.threads();
    s.hardwareThreads = AuditEngine::threadsFor(0);
    s.autoThreads = c.tuner.enabled();
    s.threadSteps = c.tuner.steps();
    s.tunedComputeShare = c.tuner.lastComputeShare();
    s.tunedAvailability = c.tuner.lastAvailability();
    s.wallNs = c.wall.nsecsElapsed();
    s.workerBusyNs = c.run.busyNs();
    s.workerCpuNs = c.run.cpuNs();
    s.workerRunDelayNs = c.run.runDelayNs();
    s.recommendedThreads = ThreadAdvisor::recommendFor(
        s.hardwareThreads, {s.wallNs, s.workerBusyNs, s.workerCpuNs, s.workerRunDelayNs});
    s.peakQueueDepth = c.peak();
    s.recentlyModified = c.run.streamRecentlyModified();
    result.stats = std::move(s);
}

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
    walker.setWorkMeter(&run.meter());
    RunContext c{options, cancel, pool, tuner, run, walker, wall};
    // Following links needs the whole real tree before any linked folder
    // (WalkRun), so that walk runs in parallel and its records are sorted
    // at the end; every other walk is in path order already.
    const bool sorted = !options.walk.followLinks;
    if (sorted)
        result.fatalError = walkSortedAndAnalyze(c, result);
    else
        result.fatalError =
            options.maxFiles <= 0 ? walkAndAnalyze(c) : analyzeFirstFiles(c, result.omittedByLimit);
    // Every task of this run has finished once the walk returned and every
    // chunk was handed over; a shared pool may still run other work.
    if (!shared) pool.waitForDone();
    c.flush(sorted ? c.found : walker.discovered(), true);

    result.files = run.takeAll();
    if (!sorted) {
        // By bytes: two names that differ only in bytes that are not UTF-8
        // show the same `path`, and must still come in the same order.
        std::sort(
            result.files.begin(), result.files.end(),
            [](const FileRecord &a, const FileRecord &b) { return a.pathBytes < b.pathBytes; });
        result.ignored = walker.ignored();
    }
    // Every record passed flush(), which summed it: the totals either way.
    result.totals = run.streamTotals();
    result.cancelled = isCancelled(cancel);
    fillStats(c, result);
    qCDebug(lcAudit) << "audited" << result.totals.files << "files in" << result.stats.wallNs / 1e6
                     << "ms on" << result.stats.threads << "threads";
    return result;
}

} // namespace wm
