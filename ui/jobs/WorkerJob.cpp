// SPDX-FileCopyrightText: 2026 WhiteMagic contributors
// SPDX-License-Identifier: MIT

#include "WorkerJob.h"

#include "UiLogging.h"

#include <QThread>
#include <utility>

namespace wm::ui {

WorkerJob::WorkerJob(QObject *parent) : QObject(parent)
{
}

WorkerJob::~WorkerJob()
{
    cancelAndWait();
}

void WorkerJob::cancelAndWait()
{
    m_cancel.cancel();
    joinWorker();
}

bool WorkerJob::start(Work work)
{
    if (m_running) return false;
    joinWorker();
    m_cancel.reset();
    m_running = true;
    m_thread.reset(QThread::create([this, work = std::move(work)] {
        work(m_cancel);
        // Posted after every call the work posted, so it arrives last.
        postToOwner([this] { finishRun(); });
    }));
    m_thread->setObjectName(QStringLiteral("wm-job"));
    m_thread->start();
    return true;
}

void WorkerJob::cancel()
{
    if (!m_running) return;
    qCDebug(lcUiJobs) << "cancel requested";
    m_cancel.cancel();
}

void WorkerJob::startLatest(Work work)
{
    m_latest = std::move(work);
    if (m_running)
        cancel(); // finishRun() starts it
    else
        start(std::exchange(m_latest, nullptr));
}

void WorkerJob::postToOwner(std::function<void()> fn)
{
    QMetaObject::invokeMethod(this, std::move(fn), Qt::QueuedConnection);
}

void WorkerJob::finishRun()
{
    joinWorker();
    m_running = false;
    Q_EMIT finished();
    if (m_latest && !m_running) start(std::exchange(m_latest, nullptr));
}

void WorkerJob::joinWorker()
{
    if (!m_thread) return;
    m_thread->wait();
    m_thread.reset();
}

} // namespace wm::ui
