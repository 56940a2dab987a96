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

void ThreadTuner::observe(const WorkSample &total)
{
    if (!m_enabled) return;
    if (total.elapsedNs - m_history.back().elapsedNs < m_options.minGapNs) return;
    m_history.push_back(total);
    // Keep the newest sample that is at least a window old as the start.
    while (m_history.size() > 2 && m_history[1].elapsedNs <= total.elapsedNs - m_options.windowNs)
        m_history.pop_front();
    const WorkSample window = total.since(m_history.front());
    if (window.busyNs < m_options.minBusyNs) return;
    ++m_evaluations;
    m_lastShare = ThreadAdvisor::tuningShare(window);
    m_lastAvailability = ThreadAdvisor::availability(window.cpuNs, window.runDelayNs);
    const int now = m_pool.maxThreadCount();
    int next = ThreadAdvisor::follow(m_hardwareThreads, now, window, m_options.minBusyNs);
    m_lowerVotes = next < now ? m_lowerVotes + 1 : 0;
    if (next < now && m_lowerVotes < m_options.lowerAfter) {
        // The next vote must come from ticks this one has not seen: else one
        // warm tick would vote in every window that still holds it.
        m_history.assign(1, total);
        next = now;
    }
    // Every judgement, for tuning the tuner: QT_LOGGING_RULES=wm.threads.debug=true.
    qCDebug(lcThreads,
            "tick %.0f ms: window %.0f ms busy %.0f cpu %.0f run-queue %.0f blocked %.0f ms, "
            "compute share %.3f, tuning share %.3f: %d threads -> %d",
            total.elapsedNs / 1e6, window.elapsedNs / 1e6, window.busyNs / 1e6, window.cpuNs / 1e6,
            window.runDelayNs / 1e6, window.blockedNs() / 1e6,
            ThreadAdvisor::computeShare(window.busyNs, window.cpuNs, window.runDelayNs),
            m_lastShare, now, next);
    if (next == now) return;
    qCInfo(lcThreads,
           "auto threads at %.0f ms: last %.0f ms busy %.0f, cpu %.0f, run-queue %.0f, blocked "
           "%.0f ms: tuning share %.3f, availability %.3f on %d hardware threads: %d -> %d threads",
           total.elapsedNs / 1e6, window.elapsedNs / 1e6, window.busyNs / 1e6, window.cpuNs / 1e6,
           window.runDelayNs / 1e6, window.blockedNs() / 1e6, m_lastShare, m_lastAvailability,
           m_hardwareThreads, now, next);
    m_pool.setMaxThreadCount(next);
    m_steps.push_back(next);
    m_lowerVotes = 0;
    // The next window judges the new count alone.
    m_history.assign(1, total);
}

int ThreadTuner::threads() const
{
    return m_pool.maxThreadCount();
}

} // namespace wm
