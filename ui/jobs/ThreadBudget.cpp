// SPDX-FileCopyrightText: 2026 WhiteMagic contributors
// SPDX-License-Identifier: MIT

#include "ThreadBudget.h"

#include <QThread>
#include <QThreadPool>
#include <algorithm>
#include <memory>

namespace wm::ui {
namespace {

QThreadPool *makePool()
{
    auto *p = new QThreadPool; // owned by the global static below
    p->setObjectName(QStringLiteral("wm-app-pool"));
    p->setMaxThreadCount(std::max(1, QThread::idealThreadCount()));
    return p;
}

} // namespace

Q_GLOBAL_STATIC_WITH_ARGS(std::unique_ptr<QThreadPool>, appPool, (makePool()))

QThreadPool *ThreadBudget::pool()
{
    return appPool->get();
}

void ThreadBudget::setThreads(int threads)
{
    pool()->setMaxThreadCount(threads > 0 ? threads : std::max(1, QThread::idealThreadCount()));
}

int ThreadBudget::threads()
{
    return pool()->maxThreadCount();
}

} // namespace wm::ui
