// SPDX-FileCopyrightText: 2026 WhiteMagic contributors
// SPDX-License-Identifier: MIT

#include "ProgressRate.h"

#include <QLocale>

namespace wm::ui {

void ProgressRate::reset()
{
    m_samples.clear();
}

void ProgressRate::add(qint64 elapsedMs, qint64 done)
{
    if (!m_samples.empty() && done < m_samples.back().done) m_samples.clear();
    m_samples.push_back({elapsedMs, done});
    while (m_samples.size() > 2 && elapsedMs - m_samples.front().ms > 2000)
        m_samples.pop_front();
}

double ProgressRate::perSecond() const
{
    if (m_samples.size() < 2) return 0;
    const Sample &a = m_samples.front();
    const Sample &b = m_samples.back();
    const double secs = double(b.ms - a.ms) / 1000.0;
    return secs > 0.05 ? double(b.done - a.done) / secs : 0;
}

double ProgressRate::secondsLeft(qint64 total) const
{
    const double rate = perSecond();
    if (rate <= 0 || total <= 0 || m_samples.empty()) return -1;
    return double(std::max<qint64>(0, total - m_samples.back().done)) / rate;
}

QString ProgressRate::text(qint64 total, const QString &unit) const
{
    const double rate = perSecond();
    if (rate <= 0) return {};
    QString t = QLocale().toString(qint64(rate + 0.5)) + QLatin1Char(' ') + unit;
    const double left = secondsLeft(total);
    if (left >= 0) t += QStringLiteral(" · ") + timeLeftText(left);
    return t;
}

QString ProgressRate::timeLeftText(double secs)
{
    if (secs < 1) return tr("under a second left");
    if (secs < 90) return tr("%n s left", nullptr, int(secs + 0.5));
    return tr("%n min left", nullptr, int(secs / 60 + 0.5));
}

} // namespace wm::ui
