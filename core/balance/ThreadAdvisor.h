#pragma once

#include <QtGlobal>

namespace wm {

// How many worker threads keep the cores busy.
//
// A worker's busy time is computing (cpu), blocked on I/O (wait) and
// runnable but not running (run-queue delay: someone else had the core).
//
// A worker that computes a share c = cpu / (cpu + wait) of the time it is
// not queued keeps one core busy only c of the time, so about cores / c
// workers saturate the cores (Little's law for a closed queue: threads =
// cores x (compute + wait) / compute). Compute-bound work (c = 1) gets one
// thread per core; work that waits half the time gets two per core. c is
// floored at 0.25, so never more than four threads per core: past that the
// device, not the thread count, is the limit, and each thread costs memory
// and contention.
//
// "cores" is what the machine actually gives us: hw x a, where the
// availability a = cpu / (cpu + run-queue delay) is the share of its runnable
// time a worker really ran. On an idle machine a = 1. On a machine shared
// with other work (Linux groups CPU time per session or cgroup, so more
// threads do not buy a bigger share) extra threads only queue for the same
// cores, and the count shrinks with a.
class ThreadAdvisor
{
public:
    static constexpr double minComputeShare = 0.25;
    static constexpr int maxThreadsPerCore = 4;

    // round(hw x a / max(c, 0.25)), clamped to [1, 4 hw]. hw < 1 counts as 1;
    // c or a that is not a number counts as 1 (no evidence either way); a is
    // clamped to [0, 1].
    static int recommendThreads(int hardwareThreads, double computeShare,
                                double availability = 1.0);

    // The same from raw worker figures (sums over workers).
    static int recommendFor(int hardwareThreads, qint64 busyNs, qint64 cpuNs, qint64 runDelayNs);

    // c = cpu / (cpu + wait), wait = busy - cpu - run-queue delay (time
    // runnable but not running is not waiting on I/O: more threads cannot
    // help it). 1 when nothing was measured.
    static double computeShare(qint64 busyNs, qint64 cpuNs, qint64 runDelayNs);

    // a = cpu / (cpu + run-queue delay). 1 when nothing was measured.
    static double availability(qint64 cpuNs, qint64 runDelayNs);
};

} // namespace wm
