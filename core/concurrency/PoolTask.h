// SPDX-FileCopyrightText: 2026 WhiteMagic contributors
// SPDX-License-Identifier: MIT

#pragma once

#include "TsanAnnotations.h"

#include <QRunnable>
#include <QThreadPool>
#include <functional>
#include <memory>
#include <utility>

namespace wm {

// A task for a QThreadPool whose hand-off ThreadSanitizer can see.
//
// QThreadPool::start(std::function) wraps the function in a QRunnable that
// Qt allocates and a pool thread then invokes; a pool thread that is already
// awake takes it through QThreadPool's QMutex alone, a bare futex in
// Debian's Qt (not built with TSan), so TSan reports the worker's first
// touch of the wrapped function against its allocation on the submitting
// thread: a false positive inside Qt's hand-off. Here the runnable is ours:
// it is released when fully built, and the first thing run() does is
// acquire it, before touching anything the submitter wrote. Everything Qt
// does with it in between (the virtual call, the auto-delete) happens in
// Qt's own, uninstrumented code. No-op annotations outside TSan builds.
class PoolTask : public QRunnable
{
public:
    // Starts `body` on `pool`; the pool owns and deletes the task.
    // A higher `priority` runs before tasks queued with a lower one.
    static void start(QThreadPool &pool, std::function<void()> body, int priority = 0)
    {
        auto task = std::make_unique<PoolTask>(std::move(body));
        tsanRelease(task.get());
        pool.start(task.release(), priority);
    }

    explicit PoolTask(std::function<void()> body) : m_body(std::move(body)) {}

    void run() override
    {
        tsanAcquire(this);
        m_body();
    }

private:
    std::function<void()> m_body;
};

} // namespace wm
