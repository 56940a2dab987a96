// SPDX-FileCopyrightText: 2026 WhiteMagic contributors
// SPDX-License-Identifier: MIT

#pragma once

#include "WorkSample.h"

#include <QtGlobal>
#include <algorithm>

namespace wm {

// How many worker threads keep the cores busy.
//
// A worker's busy time (wall time inside a task) is computing (cpu),
// runnable but not running (run-queue delay) and blocked (read, openat,
// getdents, fstatat on a cold tree), measured directly per task
// (concurrency/WorkMeter, WorkSample::blockedNs).
//
// The tuning share c is the part of its busy time a worker kept a core
// working, counting the run-queue delay that more threads could not help
// as working too (tuningShare). Run-queue delay has two causes. A thread
// that computes and never blocks queues only because the cores are taken
// (by our other workers or by other people's load): more threads would not
// finish sooner. A thread woken by a finished read queues until the running
// task's slice ends: wake-up latency, paid once per read, which more
// threads overlap like the read itself. The delay is split between the two
// in the proportion of blocked to CPU time. Measured on the shared 2-core
// machine (tests/benchmarks/threads-bench.sh, load 5-8): a cold tree of
// 30k small files at 3 threads spent 800 of every 1270 ms busy queued and
// 200 blocked while its workers used 0.2 cores, and 12-16 threads ran it 5-8
// times faster than 2; counting all of that delay as computing (the
// earlier rule) kept it at 3 threads. A warm kernel tree at 5 threads queued
// 930 of 1230 ms and blocked 7, and used no more CPU than at 2 threads:
// there the delay counts as computing, and the count stays at one per core.
//
// With share c, about hw / c threads keep hw cores supplied on average
// (Little's law for a closed queue); at that point the cores still idle
// whenever the random completions leave fewer than hw workers runnable, so
// the count asks for `headroom` times the extra threads:
// hw x (1 + headroom x (1/c - 1)). Compute-bound work (c = 1) gets one
// thread per core whatever the headroom. The count is bounded at 8 per core:
// past that the device, not the thread count, is the limit, and each thread
// costs memory and contention (threads-bench's best fixed counts on cold
// trees were 12-16 on 2 cores).
//
// follow() applies the rule to a window of a running audit: the ThreadTuner
// asks it at every progress tick, so the count follows a tree that turns
// from cold to warm, without a probe phase.
class ThreadAdvisor
{
public:
    static constexpr int maxThreadsPerCore = 8;
    static constexpr double headroom = 1.5;

    // hw x (1 + headroom x (1/c - 1)) rounded, within [hw, 8 hw]. hw < 1
    // counts as 1; a share that is not a number counts as 1 (no evidence of
    // waiting).
    static int recommendThreads(int hardwareThreads, double share);

    // The same from a run's or a window's figures (sums over workers, and
    // elapsedNs of wall time): recommendThreads(hw, tuningShare(...)).
    static int recommendFor(int hardwareThreads, const WorkSample &work);

    // c = (cpu + run-queue delay) / busy = 1 - blocked / busy: the share of
    // busy time not blocked on I/O, the balance model's first line. 1 when
    // nothing was measured; 0 when only waiting was.
    static double computeShare(qint64 busyNs, qint64 cpuNs, qint64 runDelayNs);

    // The share the thread count follows: 1 - (blocked + latency) / busy,
    // latency = run-queue delay x blocked / (blocked + cpu) (see above).
    // Equals computeShare when nothing blocks, and cpu / busy when nothing
    // computes.
    static double tuningShare(const WorkSample &work);

    // a = cpu / (cpu + run-queue delay), for reports. 1 when nothing was measured.
    static double availability(qint64 cpuNs, qint64 runDelayNs);

    // The count the share asks for, before rounding and the bounds.
    static double idealThreads(int hardwareThreads, double share);

    // An ideal count this close to the current one is left alone: a share
    // that wobbles around a rounding boundary (2.4 vs 2.6 threads) must not
    // resize the pool at every tick. At least 0.75 of a thread, and a fifth
    // of the current count: a window of 100 ms on a cold tree asks for 8 one
    // time and 16 the next, where any count from 10 to 16 runs within 10% of
    // the best (threads-bench), so hopping between them only churns.
    static constexpr double deadBand = 0.75;
    static constexpr double relativeBand = 0.2;
    static double band(int current) { return std::max(deadBand, relativeBand * current); }

    // The count to run next, given the current one and the work measured in
    // the last window: recommendThreads for the window's tuning share when
    // the ideal count lies more than band(current) from `current`, else
    // `current`. A window with less than `minBusyNs` of work says nothing
    // (current). The result is within [hw, 8 hw] whenever it changes.
    static int follow(int hardwareThreads, int current, const WorkSample &window, qint64 minBusyNs);
};

} // namespace wm
