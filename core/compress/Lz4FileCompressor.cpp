// SPDX-FileCopyrightText: 2026 WhiteMagic contributors
// SPDX-License-Identifier: MIT

#include "Lz4FileCompressor.h"

#include "CompressLogging.h"
#include "concurrency/CancelToken.h"

#include <QElapsedTimer>
#include <QFile>
#include <QThread>
#include <algorithm>
#include <atomic>
#include <condition_variable>
#include <mutex>
#include <sys/stat.h>
#include <thread>
#include <vector>

namespace wm {

int Lz4FileCompressor::threadsFor(int requested, qsizetype jobs)
{
    const int wanted = requested > 0 ? requested : std::max(1, QThread::idealThreadCount());
    return int(std::clamp<qsizetype>(jobs, 1, wanted));
}

QList<CompressJobResult> Lz4FileCompressor::run(const QList<CompressJob> &jobs,
                                                const Options &options, const CancelToken *cancel,
                                                const Callbacks &callbacks)
{
    QList<CompressJobResult> results(jobs.size());
    CompressProgress progress;
    progress.filesTotal = jobs.size();
    for (const CompressJob &job : jobs) {
        struct stat st = {};
        if (job.input != QLatin1String("-") &&
            ::stat(QFile::encodeName(job.input).constData(), &st) == 0)
            progress.bytesTotal += st.st_size;
    }

    std::atomic<qsizetype> next{0};
    std::atomic<qint64> bytesDone{0};
    std::mutex mutex;
    std::condition_variable wake;
    std::vector<CompressJobResult> done; // guarded by mutex
    int running = threadsFor(options.threads, jobs.size());
    qCDebug(lcCompress) << "running" << jobs.size() << "jobs on" << running << "threads";

    const auto worker = [&] {
        for (;;) {
            const qsizetype i = next.fetch_add(1, std::memory_order_relaxed);
            if (i >= jobs.size()) break;
            CompressJobResult r;
            r.index = i;
            r.input = jobs[i].input;
            r.output = jobs[i].output;
            if (isCancelled(cancel)) {
                r.result.error = QStringLiteral("cancelled");
            } else if (options.mode == Mode::Compress) {
                r.result =
                    Lz4FileCodec::compress(r.input, r.output, options.codec, cancel, &bytesDone);
            } else {
                const QString out = options.mode == Mode::Test ? QString() : r.output;
                r.result =
                    Lz4FileCodec::decompress(r.input, out, options.codec, cancel, &bytesDone);
            }
            const std::lock_guard lock(mutex);
            done.push_back(std::move(r));
            wake.notify_one();
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
