// SPDX-FileCopyrightText: 2026 WhiteMagic contributors
// SPDX-License-Identifier: MIT

#pragma once

#include "WorkSample.h"

#include <QElapsedTimer>
#include <atomic>

namespace wm {

// Sums the busy, CPU and run-queue time of tasks on any number of threads,
// for the automatic thread count and the balance signals. The audit's
// analysis tasks and the walker's listing tasks (getdents, fstatat: where a
// cold tree blocks first) feed one meter.
class WorkMeter
{
public:
    // Measures the calling thread from construction to destruction and adds
    // the figures to `meter` (nothing when it is null). The clock reads are
    // syscalls, where a pending preemption takes effect; their order puts
    // every such wait inside both the wall and the run-queue window, or
    // inside neither, so cpu + run delay never exceed the busy time.
    class Scope
    {
    public:
        explicit Scope(WorkMeter *meter);
        ~Scope();
        Scope(const Scope &) = delete;
        Scope &operator=(const Scope &) = delete;

    private:
        WorkMeter *m_meter;
        QElapsedTimer m_wall;
        qint64 m_delay0 = 0;
        qint64 m_cpu0 = 0;
    };

    void add(qint64 busyNs, qint64 cpuNs, qint64 runDelayNs);

    // The sums so far; elapsedNs is left 0 for the caller to fill in.
    [[nodiscard]] WorkSample total() const;
    [[nodiscard]] qint64 busyNs() const { return m_busyNs.load(std::memory_order_relaxed); }
    [[nodiscard]] qint64 cpuNs() const { return m_cpuNs.load(std::memory_order_relaxed); }
    [[nodiscard]] qint64 runDelayNs() const { return m_runDelayNs.load(std::memory_order_relaxed); }

private:
    std::atomic<qint64> m_busyNs{0};
    std::atomic<qint64> m_cpuNs{0};
    std::atomic<qint64> m_runDelayNs{0};
};

} // namespace wm
