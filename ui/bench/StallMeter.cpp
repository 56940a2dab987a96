// SPDX-FileCopyrightText: 2026 WhiteMagic contributors
// SPDX-License-Identifier: MIT

#include "StallMeter.h"

#include <algorithm>
#include <ctime>

namespace wm::ui {
namespace {

qint64 currentThreadCpuNs()
{
    timespec ts{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return qint64(ts.tv_sec) * 1000000000 + ts.tv_nsec;
}

} // namespace

StallMeter::StallMeter(QObject *parent) : QObject(parent)
{
    m_timer.setTimerType(Qt::PreciseTimer);
    m_timer.setInterval(intervalMs);
    connect(&m_timer, &QTimer::timeout, this, &StallMeter::tick);
}

void StallMeter::start()
{
    m_maxMs = 0;
    m_maxCpuMs = 0;
    m_gapsMs.clear();
    m_gapsCpuMs.clear();
    m_clock.start();
    m_lastNs = 0;
    m_lastCpuNs = currentThreadCpuNs();
    m_timer.start();
}

void StallMeter::resume()
{
    m_lastNs = m_clock.nsecsElapsed();
    m_lastCpuNs = currentThreadCpuNs();
    m_timer.start();
}

void StallMeter::stop()
{
    tick();
    m_timer.stop();
}

void StallMeter::tick()
{
    const qint64 now = m_clock.nsecsElapsed();
    // The gap beyond the timer's own interval is time the loop was busy.
    const qint64 cpu = currentThreadCpuNs();
    const double gap = double(now - m_lastNs) / 1e6 - intervalMs;
    const double gapCpu = double(cpu - m_lastCpuNs) / 1e6;
    m_lastNs = now;
    m_lastCpuNs = cpu;
    m_maxMs = std::max(m_maxMs, gap);
    m_maxCpuMs = std::max(m_maxCpuMs, gapCpu);
    if (gap > 20) {
        m_gapsMs.push_back(gap);
        m_gapsCpuMs.push_back(gapCpu);
    }
}

int StallMeter::stallsOver(double ms) const
{
    return int(std::count_if(m_gapsMs.begin(), m_gapsMs.end(), [ms](double g) { return g > ms; }));
}

} // namespace wm::ui

namespace wm::ui {

int StallMeter::stallsOverCpu(double ms) const
{
    return int(
        std::count_if(m_gapsCpuMs.begin(), m_gapsCpuMs.end(), [ms](double g) { return g > ms; }));
}

} // namespace wm::ui
