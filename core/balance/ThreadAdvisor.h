#pragma once

#include <QtGlobal>

namespace wm {

// How many worker threads keep the cores busy.
//
// A worker that computes a share c of its busy time and waits (on I/O) for
// the rest keeps one core busy only c of the time, so about hw / c workers
// saturate hw cores (Little's law for a closed queue: threads = cores x
// (compute + wait) / compute). Compute-bound work (c = 1) gets one thread per
// core; work that waits half the time gets two per core. c is floored at
// 0.25, so never more than four threads per core: past that the device, not
// the thread count, is the limit, and each extra thread costs memory and
// contention.
class ThreadAdvisor
{
public:
    static constexpr double minComputeShare = 0.25;
    static constexpr int maxThreadsPerCore = 4;

    // round(hw / max(c, 0.25)), clamped to [1, 4 hw]. hw < 1 counts as 1;
    // a share that is not a number counts as 1 (no evidence of waiting).
    static int recommendThreads(int hardwareThreads, double computeShare);

    // c = cpu / (cpu + waiting), waiting = busy - cpu - run-queue delay (time
    // runnable but not running is not waiting: more threads cannot help it).
    // 1 when nothing was measured.
    static double computeShare(qint64 busyNs, qint64 cpuNs, qint64 runDelayNs);
};

} // namespace wm
