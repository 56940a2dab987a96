// SPDX-FileCopyrightText: 2026 WhiteMagic contributors
// SPDX-License-Identifier: MIT

#include "FileWalker.h"

#include "WalkRun.h"

#include <QThread>
#include <algorithm>
#include <iterator>
#include <mutex>

namespace wm {

FileWalker::FileWalker(WalkOptions options) : m_options(std::move(options))
{
}

QString FileWalker::walk(QThreadPool &pool, const CancelToken *cancel, const Sink &sink,
                         const std::function<void()> &tick, int tickMs)
{
    m_discovered = 0;
    m_peakPending = 0;
    WalkRun run(m_options, pool, cancel, sink, m_discovered, m_peakPending, m_meter);
    const QString error = run.start(tick, tickMs);
    m_ignored = run.ignored();
    return error;
}

std::vector<WalkEntry> FileWalker::list(int threads, const CancelToken *cancel, QString *error)
{
    QThreadPool pool;
    pool.setMaxThreadCount(threads > 0 ? threads : QThread::idealThreadCount());
    std::vector<WalkEntry> all = list(pool, cancel, error);
    pool.waitForDone();
    return all;
}

std::vector<WalkEntry> FileWalker::list(QThreadPool &pool, const CancelToken *cancel,
                                        QString *error)
{
    std::mutex mutex;
    std::vector<WalkEntry> all;
    const QString err = walk(pool, cancel, [&](std::vector<WalkEntry> &&chunk) {
        std::lock_guard lock(mutex);
        std::move(chunk.begin(), chunk.end(), std::back_inserter(all));
    });
    // walk() returns once every task of this walk has run; other work on a
    // shared pool is not ours to wait for.
    if (error) *error = err;
    std::sort(all.begin(), all.end(),
              [](const WalkEntry &a, const WalkEntry &b) { return a.nativeRel < b.nativeRel; });
    return all;
}

} // namespace wm
