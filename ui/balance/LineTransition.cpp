// SPDX-FileCopyrightText: 2026 WhiteMagic contributors
// SPDX-License-Identifier: MIT

#include "LineTransition.h"

#include <algorithm>
#include <cmath>
#include <numbers>

namespace wm::ui {
namespace {

double gapOf(const Line &l)
{
    return l.yang ? 0.0 : 1.0;
}

} // namespace

LineTransition::LineTransition(QObject *parent) : QObject(parent)
{
    m_animation.setStartValue(0.0);
    m_animation.setEndValue(1.0);
    m_animation.setDuration(durationMs);
    m_animation.setEasingCurve(QEasingCurve::InOutCubic);
    connect(&m_animation, &QVariantAnimation::valueChanged, this, [this](const QVariant &v) {
        m_t = v.toDouble();
        Q_EMIT frame();
    });
    for (size_t i = 0; i < m_to.size(); ++i)
        m_fromGap[i] = gapOf(m_to[i]);
}

double LineTransition::gap(int line) const
{
    const size_t i = size_t(line - 1);
    const double to = gapOf(m_to[i]);
    double g = m_fromGap[i] + (to - m_fromGap[i]) * m_t;
    // A line that starts changing: over to its opposite and back.
    if (m_pulse[i]) g += (1.0 - 2.0 * to) * std::sin(std::numbers::pi * m_t);
    return std::clamp(g, 0.0, 1.0);
}

bool LineTransition::isRunning() const
{
    return m_animation.state() == QAbstractAnimation::Running;
}

bool LineTransition::moveTo(const Lines &to)
{
    if (to == m_to && !isRunning()) return false;
    // Start from where the lines are drawn now, mid-animation included.
    std::array<double, 6> now{};
    for (int n = 1; n <= 6; ++n)
        now[size_t(n - 1)] = gap(n);
    bool moves = false;
    for (size_t i = 0; i < to.size(); ++i) {
        m_pulse[i] = to[i].changing && !m_to[i].changing && to[i].yang == m_to[i].yang;
        moves = moves || m_pulse[i] || std::abs(now[i] - gapOf(to[i])) > 1e-9;
    }
    m_fromGap = now;
    m_to = to;
    if (!moves) {
        jumpTo(to);
        return false;
    }
    m_t = 0;
    m_animation.stop();
    m_animation.start();
    return true;
}

void LineTransition::jumpTo(const Lines &to)
{
    m_animation.stop();
    m_to = to;
    m_pulse.fill(false);
    for (size_t i = 0; i < to.size(); ++i)
        m_fromGap[i] = gapOf(to[i]);
    m_t = 1;
}

} // namespace wm::ui
