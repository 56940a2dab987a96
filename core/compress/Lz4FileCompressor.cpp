// SPDX-FileCopyrightText: 2026 WhiteMagic contributors
// SPDX-License-Identifier: MIT

#include "Lz4FileCompressor.h"

#include "CompressLogging.h"
#include "concurrency/CancelToken.h"
#include "io/NativePath.h"

#include <QElapsedTimer>
#include <QThread>
#include <algorithm>
#include <atomic>
#include <condition_variable>
#include <mutex>
#include <sys/stat.h>
#include <thread>
#include <vector>

namespace wm {

namespace {

qint64 totalInputBytes(const QList<CompressJob> &jobs)
{
    qint64 total = 0;
    for (const CompressJob &job : jobs) {
        struct stat st = {};
        if (job.input != QLatin1String("-") &&
            ::stat(NativePath::encode(job.input).constData(), &st) == 0)
            total += st.st_size;
    }
    return total;
}

} // namespace

CompressJobResult Lz4FileCompressor::runJob(const CompressJob &job, qsizetype index,
                                            const Options &options, const CancelToken *cancel,
                                            std::atomic<qint64> *bytesDone)
{
    CompressJobResult r;
    r.index = index;
    r.input = job.input;
    r.output = job.output;
    if (isCancelled(cancel)) {
        r.result.error = QStringLiteral("cancelled");
    } else if (options.mode == Mode::Compress) {
        r.result = Lz4FileCodec::compress(r.input, r.output, options.codec, cancel, bytesDone);
    } else {
        const QString out = options.mode == Mode::Test ? QString() : r.output;
        r.result = Lz4FileCodec::decompress(r.input, out, options.codec, cancel, bytesDone);
    }
    return r;
}

int Lz4FileCompressor::threadsFor(int requested, qsizetype jobs)
{
    const int wanted = requested > 0 ? requested : std::max(1, QThread::idealThreadCount());
    return int(std::clamp<qsizetype>(jobs, 1, wanted));
}

QList<CompressJobResult> Lz4FileCompressor::run(const QList<CompressJob> &jobs,
                                                const Options &options, const CancelToken *cancel,
                                                const Callbacks &callbacks)
{
    // One file and nobody watching its progress: run it right here, as the
    // lz4 tool does; a worker thread would only add a hand-off and wake-ups.
    if (jobs.size() == 1 && !callbacks.onProgress) {
        CompressJobResult r = runJob(jobs.first(), 0, options, cancel, nullptr);
        if (callbacks.onResults) callbacks.onResults(std::span<const CompressJobResult>(&r, 1));
        return {std::move(r)};
    }

    std::atomic<qsizetype> next{0};
    std::atomic<qint64> bytesDone{0};
    std::mutex mutex;
    std::condition_variable wake;
    std::vector<CompressJobResult> done; // guarded by mutex
    int running = threadsFor(options.threads, jobs.size());

    const auto worker = [&] {
        for (;;) {
            const qsizetype i = next.fetch_add(1, std::memory_order_relaxed);
            if (i >= jobs.size()) break;
            CompressJobResult r = runJob(jobs[i], i, options, cancel, &bytesDone);
            // No wake-up per file: the caller's thread collects results on
            // its own clock (progressIntervalMs), and is woken once at the end.
            const std::lock_guard lock(mutex);
            done.push_back(std::move(r));
        }
        const std::lock_guard lock(mutex);
        --running;
        wake.notify_one();
    };

    std::vector<std::jthread> pool;
    const int threadCount = running;
    pool.reserve(size_t(threadCount));
    for (int t = 0; t < threadCount; ++t)
        pool.emplace_back(worker);

    // Everything the workers do not need is set up while they already run:
    // with thousands of small files, work done here before the first worker
    // starts (the result list's fresh pages, the logging set-up, a stat of
    // every input) is time no thread count can shorten.
    qCDebug(lcCompress) << "running" << jobs.size() << "jobs on" << threadCount << "threads";
    QList<CompressJobResult> results(jobs.size());
    CompressProgress progress;
    progress.filesTotal = jobs.size();
    // The total is only for a progress display (a stat of every input).
    if (callbacks.onProgress) progress.bytesTotal = totalInputBytes(jobs);

    // The caller's thread collects results and reports them in batches.
    QElapsedTimer sinceReport;
    sinceReport.start();
    std::vector<CompressJobResult> batch;
    bool finished = false;
    while (!finished) {
        {
            std::unique_lock lock(mutex);
            wake.wait_for(lock, std::chrono::milliseconds(options.progressIntervalMs),
                          [&] { return running == 0; });
            finished = running == 0;
            if (finished || sinceReport.elapsed() >= options.progressIntervalMs) batch.swap(done);
        }
        if (batch.empty() && !finished && sinceReport.elapsed() < options.progressIntervalMs)
            continue;
        for (CompressJobResult &r : batch) {
            ++progress.filesDone;
            if (!r.result.ok) ++progress.filesFailed;
            results[r.index] = r;
        }
        if (callbacks.onResults && !batch.empty()) callbacks.onResults(batch);
        batch.clear();
        progress.bytesDone = bytesDone.load(std::memory_order_relaxed);
        progress.finished = finished;
        if (callbacks.onProgress) callbacks.onProgress(progress);
        sinceReport.restart();
    }
    pool.clear(); // joins
    return results;
}

} // namespace wm
