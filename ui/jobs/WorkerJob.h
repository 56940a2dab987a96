// SPDX-FileCopyrightText: 2026 WhiteMagic contributors
// SPDX-License-Identifier: MIT

#pragma once

#include "concurrency/CancelToken.h"

#include <QObject>
#include <functional>
#include <memory>

class QThread;

namespace wm::ui {

// Runs one engine call on a worker thread of its own and brings its results
// back to the thread that owns the job (the GUI thread), as queued calls.
//
// The worker is a plain thread rather than a task on the application's pool
// on purpose: engines block while their tasks run on that pool, and a
// blocked pool thread would take one thread out of the budget (or deadlock
// a pool of one). The worker itself only waits and hands batches over.
//
// Everything the worker posts with postToOwner() is bound to this object:
// once the job is destroyed, nothing it posted reaches anyone, so a stale
// batch of an earlier scan can never land in a model.
class WorkerJob : public QObject
{
    Q_OBJECT
public:
    using Work = std::function<void(const CancelToken &cancel)>;

    explicit WorkerJob(QObject *parent = nullptr);
    // Cancels and waits for the worker (engines stop within milliseconds).
    ~WorkerJob() override;

    // Starts `work` on the worker thread; false when a run is still going.
    bool start(Work work);
    // Asks the engine to stop; finished() follows once it has.
    void cancel();
    // Cancels and blocks until the worker has returned. Subclasses call it
    // in their destructor, before the state the work uses goes away.
    void cancelAndWait();
    [[nodiscard]] bool isRunning() const { return m_running; }
    [[nodiscard]] bool isCancelRequested() const { return m_cancel.isCancelled(); }

Q_SIGNALS:
    // On the owner's thread, after everything the work posted.
    void finished();

protected:
    // From the worker thread: runs `fn` on the owner's thread, in order.
    void postToOwner(std::function<void()> fn);
    // Starts `work` now, or once the run in flight (cancelled here) has
    // stopped; work still waiting is replaced, so a burst of requests (typing,
    // arrowing through rows) runs only the newest, and never queues up.
    void startLatest(Work work);

private:
    void joinWorker();
    void finishRun();

    std::unique_ptr<QThread> m_thread;
    CancelToken m_cancel;
    Work m_latest; // startLatest's work waiting for the current run to stop
    bool m_running = false;
};

} // namespace wm::ui
