// SPDX-FileCopyrightText: 2026 WhiteMagic contributors
// SPDX-License-Identifier: MIT

#pragma once

#include "WorkSample.h"

#include <QtGlobal>
#include <deque>
#include <vector>

class QThreadPool;

namespace wm {

// The automatic thread count of a running audit. The pool starts with one
// thread per core; at every progress tick the engine hands the tuner the
// workers' cumulative figures, and the tuner judges the last window of them
// (ThreadAdvisor::follow) and resizes the pool in place
// (QThreadPool::setMaxThreadCount: a raised limit starts queued tasks at
// once, a lowered one retires threads as their tasks end). No probe phase
// and no restart: a tree that turns from cold to warm halfway is followed
// within a window.
//
// The window starts again at every change, so each count is judged on its
// own figures only (a window that still held the old count's ticks asked
// for the old count's answer again, and a cold tree climbed 2, 3, 4, 5 one
// step per window). A raise takes effect at once, since too few threads on
// a cold tree cost the most (a third of the speed at 2 threads where 12
// were best); a lower count must be asked for by `lowerAfter` windows in a
// row that share no tick, so one folder that happens to be cached does not
// undo a climb.
//
// observe() runs on the thread that drives the audit; it only reads the
// figures handed to it, and QThreadPool::setMaxThreadCount is thread-safe.
class ThreadTuner
{
public:
    struct Options
    {
        // The span of run time judged at each tick: long enough that a few
        // chunks have finished in it, short enough to follow a change.
        qint64 windowNs = 300'000'000;
        // Busy time (summed over workers) a window needs before it counts.
        qint64 minBusyNs = 30'000'000;
        // Windows in a row that must ask for fewer threads before the count
        // goes down.
        int lowerAfter = 2;
        // Samples closer than this to the previous one are the same tick
        // reported twice (the engine ticks from two places), not a window.
        qint64 minGapNs = 20'000'000;
    };

    // `enabled` false (a fixed --threads N, a shared pool) makes the tuner a
    // no-op.
    ThreadTuner(QThreadPool &pool, int hardwareThreads, bool enabled);
    ThreadTuner(QThreadPool &pool, int hardwareThreads, bool enabled, Options options);

    // Cumulative figures since the start of the run (elapsedNs included).
    void observe(const WorkSample &total);
    void observe(qint64 elapsedNs, qint64 busyNs, qint64 cpuNs, qint64 runDelayNs)
    {
        observe(WorkSample{elapsedNs, busyNs, cpuNs, runDelayNs});
    }

    [[nodiscard]] bool enabled() const { return m_enabled; }
    [[nodiscard]] int threads() const;
    // Windows judged so far (each had enough work to count).
    [[nodiscard]] int evaluations() const { return m_evaluations; }
    // The pool sizes this tuner set, in order, after the starting size
    // (empty when it never changed anything).
    [[nodiscard]] const std::vector<int> &steps() const { return m_steps; }
    // The tuning share (ThreadAdvisor::tuningShare) and core availability of
    // the last window judged, or -1 when none was.
    [[nodiscard]] double lastComputeShare() const { return m_lastShare; }
    [[nodiscard]] double lastAvailability() const { return m_lastAvailability; }

private:
    QThreadPool &m_pool;
    int m_hardwareThreads;
    bool m_enabled;
    Options m_options;
    std::deque<WorkSample> m_history{WorkSample{}}; // the oldest is the window's start
    int m_evaluations = 0;
    int m_lowerVotes = 0; // windows in a row that asked for fewer threads
    std::vector<int> m_steps;
    double m_lastShare = -1;
    double m_lastAvailability = -1;
};

} // namespace wm
