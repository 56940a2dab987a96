// SPDX-FileCopyrightText: 2026 WhiteMagic contributors
// SPDX-License-Identifier: MIT

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
// The availability a = cpu / (cpu + run-queue delay), the share of its
// runnable time a worker really ran (1 on an idle machine), is measured and
// reported but deliberately not used. Scaling the count by it was tried and
// measured on a shared 2-core machine (tests/benchmarks/threads-bench.sh): on
// a cold tree it chose 1 thread, 0.38x of the best swept count (8 threads;
// floored at one per core it would have been 2, 0.50x), because what extra
// threads buy there is parallel I/O on the device, not CPU; on a warm tree
// its snapshot of other people's load picked 1 thread in a sweep where 2 were
// best.
class ThreadAdvisor
{
public:
    static constexpr double minComputeShare = 0.25;
    static constexpr int maxThreadsPerCore = 4;

    // round(hw / max(c, 0.25)), so within [hw, 4 hw]. hw < 1 counts as 1; a
    // share that is not a number counts as 1 (no evidence of waiting).
    static int recommendThreads(int hardwareThreads, double computeShare);

    // The same from raw worker figures (sums over workers).
    static int recommendFor(int hardwareThreads, qint64 busyNs, qint64 cpuNs, qint64 runDelayNs);

    // c = cpu / (cpu + wait), wait = busy - cpu - run-queue delay (time
    // runnable but not running is not waiting on I/O: more threads cannot
    // help it). 1 when nothing was measured.
    static double computeShare(qint64 busyNs, qint64 cpuNs, qint64 runDelayNs);

    // a = cpu / (cpu + run-queue delay), for reports. 1 when nothing was measured.
    static double availability(qint64 cpuNs, qint64 runDelayNs);
};

} // namespace wm
