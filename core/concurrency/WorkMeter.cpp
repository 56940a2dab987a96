// SPDX-FileCopyrightText: 2026 WhiteMagic contributors
// SPDX-License-Identifier: MIT

#include "WorkMeter.h"

#include "ThreadClock.h"

namespace wm {

WorkMeter::Scope::Scope(WorkMeter *meter) : m_meter(meter)
{
    if (!m_meter) return;
    m_wall.start();
    m_delay0 = ThreadClock::runDelayNs();
    m_cpu0 = ThreadClock::cpuNs();
}

WorkMeter::Scope::~Scope()
{
    if (!m_meter) return;
    const qint64 cpu = ThreadClock::cpuNs() - m_cpu0;
    const qint64 busy = m_wall.nsecsElapsed();
    const qint64 delay = ThreadClock::runDelayNs() - m_delay0;
    m_meter->add(busy, cpu, delay);
}

void WorkMeter::add(qint64 busyNs, qint64 cpuNs, qint64 runDelayNs)
{
    m_busyNs.fetch_add(busyNs, std::memory_order_relaxed);
    m_cpuNs.fetch_add(cpuNs, std::memory_order_relaxed);
    m_runDelayNs.fetch_add(runDelayNs, std::memory_order_relaxed);
}

WorkSample WorkMeter::total() const
{
    return {0, busyNs(), cpuNs(), runDelayNs()};
}

} // namespace wm
