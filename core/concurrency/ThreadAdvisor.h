// SPDX-FileCopyrightText: 2026 WhiteMagic contributors
// SPDX-License-Identifier: MIT

#pragma once

#include "WorkSample.h"

#include <QtGlobal>

namespace wm {

// How many worker threads keep the cores busy.
//
// A worker's busy time (wall time inside a task) is computing (cpu),
// runnable but not running (run-queue delay: someone else had the core) and
// blocked (wait: read, openat, getdents, fstatat on a cold tree), measured
// directly per task (concurrency/WorkMeter, WorkSample::blockedNs).
//
// The compute share c = (cpu + run-queue delay) / busy is the part of its
// busy time a worker could use a core. To keep every core supplied with a
// runnable worker, threads x c >= cores, so about cores / c threads (Little's
// law for a closed queue). Compute-bound work (c = 1) gets one thread per
// core; work that is blocked half the time gets two per core. c is floored at
// 0.25, so never more than four threads per core: past that the device, not
// the thread count, is the limit, each thread costs memory and contention,
// and the bound stops the feedback of a saturated disk (more threads, longer
// waits, a lower share, more threads).
//
// Run-queue delay counts as computing on purpose. Other people's load on a
// shared machine shows up as delay, not as blocking: more threads would only
// take cores from them, not finish our work sooner. An earlier definition,
// cpu / (cpu + wait), left the delay out of both sides; with the machine 10x
// oversubscribed (availability 0.1) a warm tree's 57 ms of stray blocking
// against 67 ms of CPU read as c = 0.54 and asked for twice the cores.
//
// The availability a = cpu / (cpu + run-queue delay), the share of its
// runnable time a worker really ran (1 on an idle machine), is measured and
// reported but deliberately not used. Scaling the count by it was tried and
// measured on a shared 2-core machine (tests/benchmarks/threads-bench.sh): on
// a cold tree it chose 1 thread, 0.38x of the best swept count (8 threads),
// because what extra threads buy there is parallel I/O on the device, not
// CPU; on a warm tree its snapshot of other people's load picked 1 thread in
// a sweep where 2 were best.
//
// follow() applies the rule to a window of a running audit: the ThreadTuner
// asks it at every progress tick, so the count follows a tree that turns
// from cold to warm, without a probe phase.
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

    // c = (cpu + run-queue delay) / busy = 1 - blocked / busy, blocked =
    // busy - cpu - run-queue delay (time runnable but not running is not
    // waiting on I/O: more threads cannot help it). 1 when nothing was
    // measured; 0 when only waiting was.
    static double computeShare(qint64 busyNs, qint64 cpuNs, qint64 runDelayNs);

    // a = cpu / (cpu + run-queue delay), for reports. 1 when nothing was measured.
    static double availability(qint64 cpuNs, qint64 runDelayNs);

    // hw / max(c, 0.25) before rounding: the count the share asks for.
    static double idealThreads(int hardwareThreads, double computeShare);

    // Half a thread either side of the current count, plus this, is left
    // alone: a share that wobbles around a rounding boundary (2.4 vs 2.6
    // threads) must not resize the pool at every tick.
    static constexpr double deadBand = 0.25;

    // The count to run next, given the current one and the work measured in
    // the last window: recommendThreads for the window's compute share when
    // the ideal count lies more than 0.5 + deadBand from `current`, else
    // `current`. A window with less than `minBusyNs` of work says nothing
    // (current). The result is within [hw, 4 hw] whenever it changes.
    static int follow(int hardwareThreads, int current, const WorkSample &window, qint64 minBusyNs);
};

} // namespace wm
