// SPDX-FileCopyrightText: 2026 WhiteMagic contributors
// SPDX-License-Identifier: MIT

#pragma once

#include <QtGlobal>

class QThreadPool;

namespace wm {

// The automatic thread count of a running audit. The pool starts with one
// thread per core; once the run has gone on for a probe interval and the
// workers have done enough work to measure, the tuner takes their compute
// share and sets the pool to ThreadAdvisor::recommendThreads, once (the core
// availability is recorded for reports). One-shot
// on purpose: re-tuning on a live share feeds back (more threads on a
// saturated disk wait longer, which asks for still more threads).
//
// observe() runs on the thread that drives the audit; it only reads counters
// handed to it, and QThreadPool::setMaxThreadCount is thread-safe.
class ThreadTuner
{
public:
    struct Options
    {
        qint64 probeNs = 200'000'000;   // wall time before deciding
        qint64 minBusyNs = 100'000'000; // worker time measured, summed over workers
    };

    // `enabled` false (a fixed --threads N) makes the tuner a no-op.
    ThreadTuner(QThreadPool &pool, int hardwareThreads, bool enabled);
    ThreadTuner(QThreadPool &pool, int hardwareThreads, bool enabled, Options options);

    // Cumulative figures since the start of the run.
    void observe(qint64 elapsedNs, qint64 busyNs, qint64 cpuNs, qint64 runDelayNs);

    [[nodiscard]] bool enabled() const { return m_enabled; }
    [[nodiscard]] bool probed() const { return m_probed; }
    // The compute share and the availability measured by the probe, or -1
    // when no probe ran.
    [[nodiscard]] double probeComputeShare() const { return m_probeShare; }
    [[nodiscard]] double probeAvailability() const { return m_probeAvailability; }
    [[nodiscard]] int threads() const;

private:
    QThreadPool &m_pool;
    int m_hardwareThreads;
    bool m_enabled;
    Options m_options;
    bool m_probed = false;
    double m_probeShare = -1;
    double m_probeAvailability = -1;
};

} // namespace wm
