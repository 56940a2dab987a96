// SPDX-FileCopyrightText: 2026 WhiteMagic contributors
// SPDX-License-Identifier: MIT

#include "CpuStallMeter.h"

#include <algorithm>
#include <ctime>

namespace wm::ui {
namespace {

qint64 threadCpuNs()
{
    timespec ts{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return qint64(ts.tv_sec) * 1000000000 + ts.tv_nsec;
}

} // namespace

CpuStallMeter::CpuStallMeter(QObject *parent) : QObject(parent)
{
    m_timer.setTimerType(Qt::PreciseTimer);
    m_timer.setInterval(5);
    connect(&m_timer, &QTimer::timeout, this, &CpuStallMeter::tick);
}

void CpuStallMeter::start()
{
    m_maxBusyMs = 0;
    m_busyMs.clear();
    m_lastCpuNs = threadCpuNs();
    m_timer.start();
}

void CpuStallMeter::stop()
{
    tick();
    m_timer.stop();
}

void CpuStallMeter::tick()
{
    const qint64 now = threadCpuNs();
    const double busy = double(now - m_lastCpuNs) / 1e6;
    m_lastCpuNs = now;
    m_maxBusyMs = std::max(m_maxBusyMs, busy);
    if (busy > 20) m_busyMs.push_back(busy);
}

int CpuStallMeter::busyOver(double ms) const
{
    return int(std::count_if(m_busyMs.begin(), m_busyMs.end(), [ms](double b) { return b > ms; }));
}

} // namespace wm::ui
