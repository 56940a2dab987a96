// SPDX-FileCopyrightText: 2026 WhiteMagic contributors
// SPDX-License-Identifier: MIT

#include "ThreadTuner.h"

#include "ConcurrencyLogging.h"
#include "ThreadAdvisor.h"

#include <QThreadPool>

namespace wm {

ThreadTuner::ThreadTuner(QThreadPool &pool, int hardwareThreads, bool enabled)
    : ThreadTuner(pool, hardwareThreads, enabled, Options{})
{
}

ThreadTuner::ThreadTuner(QThreadPool &pool, int hardwareThreads, bool enabled, Options options)
    : m_pool(pool), m_hardwareThreads(hardwareThreads), m_enabled(enabled), m_options(options)
{
}

void ThreadTuner::observe(qint64 elapsedNs, qint64 busyNs, qint64 cpuNs, qint64 runDelayNs)
{
    if (!m_enabled || m_probed) return;
    if (elapsedNs < m_options.probeNs || busyNs < m_options.minBusyNs) return;
    m_probed = true;
    m_probeShare = ThreadAdvisor::computeShare(busyNs, cpuNs, runDelayNs);
    m_probeAvailability = ThreadAdvisor::availability(cpuNs, runDelayNs);
    const int n = ThreadAdvisor::recommendThreads(m_hardwareThreads, m_probeShare);
    qCInfo(lcThreads,
           "auto threads: compute share %.3f, availability %.3f after %.0f ms (busy %.0f ms, "
           "cpu %.0f ms, run-queue %.0f ms) on %d hardware threads -> %d threads",
           m_probeShare, m_probeAvailability, elapsedNs / 1e6, busyNs / 1e6, cpuNs / 1e6,
           runDelayNs / 1e6, m_hardwareThreads, n);
    if (n != m_pool.maxThreadCount()) m_pool.setMaxThreadCount(n);
}

int ThreadTuner::threads() const
{
    return m_pool.maxThreadCount();
}

} // namespace wm
