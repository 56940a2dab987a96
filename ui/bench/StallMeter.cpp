#include "StallMeter.h"

#include <algorithm>

namespace wm::ui {

StallMeter::StallMeter(QObject *parent) : QObject(parent)
{
    m_timer.setTimerType(Qt::PreciseTimer);
    m_timer.setInterval(intervalMs);
    connect(&m_timer, &QTimer::timeout, this, &StallMeter::tick);
}

void StallMeter::start()
{
    m_maxMs = 0;
    m_gapsMs.clear();
    m_clock.start();
    m_lastNs = 0;
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
    const double gap = double(now - m_lastNs) / 1e6 - intervalMs;
    m_lastNs = now;
    m_maxMs = std::max(m_maxMs, gap);
    if (gap > 20) m_gapsMs.push_back(gap);
}

int StallMeter::stallsOver(double ms) const
{
    return int(std::count_if(m_gapsMs.begin(), m_gapsMs.end(), [ms](double g) { return g > ms; }));
}

} // namespace wm::ui
