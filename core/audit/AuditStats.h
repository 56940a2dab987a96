// SPDX-FileCopyrightText: 2026 WhiteMagic contributors
// SPDX-License-Identifier: MIT

#pragma once

#include <QtGlobal>
#include <vector>

namespace wm {

// Measurements of one audit run, for the balance model and the benchmarks.
struct AuditStats
{
    int threads = 0;
    qint64 wallNs = 0;       // the whole run
    qint64 workerBusyNs = 0; // wall time inside analysis and listing tasks, summed over workers
    qint64 workerCpuNs = 0;  // CPU time of the same tasks; busy - cpu is time spent waiting
    qint64 peakQueueDepth = 0;
    qint64 recentlyModified = 0;           // files changed in the hour before the run
    std::vector<double> throughputSamples; // files per second, one per progress tick

    // The thread count (concurrency/ThreadTuner): `threads` is the pool size at
    // the end, after the automatic choices if there were any.
    int hardwareThreads = 0;       // QThread::idealThreadCount() for this run
    bool autoThreads = false;      // the engine chose the count
    std::vector<int> threadSteps;  // the counts it switched to, in order (none: it kept the start)
    double tunedComputeShare = -1; // tuning share of the last window it judged; -1: none was
    double tunedAvailability = -1; // and the core availability (concurrency/ThreadAdvisor.h)
    int recommendedThreads = 0;    // ThreadAdvisor::recommendFor the whole run (tuning share)
    qint64 workerRunDelayNs = 0;   // part of busy - cpu spent runnable, waiting for a core
};

} // namespace wm
