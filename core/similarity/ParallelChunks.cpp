// SPDX-FileCopyrightText: 2026 WhiteMagic contributors
// SPDX-License-Identifier: MIT

#include "ParallelChunks.h"

#include "concurrency/CancelToken.h"
#include "concurrency/PoolTask.h"

#include <QThreadPool>
#include <algorithm>
#include <atomic>
#include <chrono>
#include <condition_variable>
#include <mutex>

namespace wm {

bool ParallelChunks::run(QThreadPool &pool, qsizetype count, qsizetype chunk, const Work &work,
                         const CancelToken *cancel, const std::function<void(qsizetype)> &tick,
                         int tickMs)
{
    chunk = std::max<qsizetype>(1, chunk);
    const qsizetype chunks = (count + chunk - 1) / chunk;
    std::atomic<qsizetype> next{0};
    std::atomic<qsizetype> done{0};
    std::mutex m;
    std::condition_variable cv;
    int running = int(std::min<qsizetype>(chunks, std::max(1, pool.maxThreadCount())));
    const int tasks = running;
    // PoolTask, not QThreadPool::start(std::function): its hand-off is
    // visible to TSan (see concurrency/PoolTask.h). The end of the run is
    // ordered by `m`, a std::mutex TSan does see.
    for (int t = 0; t < tasks; ++t) {
        PoolTask::start(pool, [&] {
            for (;;) {
                if (isCancelled(cancel)) break;
                const qsizetype c = next.fetch_add(1);
                if (c >= chunks) break;
                const qsizetype begin = c * chunk;
                const qsizetype end = std::min(count, begin + chunk);
                work(begin, end);
                done.fetch_add(end - begin);
            }
            std::lock_guard lock(m);
            if (--running == 0) cv.notify_all();
        });
    }
    std::unique_lock lock(m);
    while (running > 0) {
        cv.wait_for(lock, std::chrono::milliseconds(std::max(1, tickMs)));
        if (running > 0 && tick) {
            lock.unlock();
            tick(done.load());
            lock.lock();
        }
    }
    return !isCancelled(cancel);
}

} // namespace wm
