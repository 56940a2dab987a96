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
};

} // namespace wm
