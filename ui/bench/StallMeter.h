// SPDX-FileCopyrightText: 2026 WhiteMagic contributors
// SPDX-License-Identifier: MIT

#pragma once

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>

namespace wm::ui {

// Measures how long the GUI thread's event loop goes without turning: a
// precise 5 ms timer on that thread notes the gap between its firings; a
// gap far above 5 ms is time the loop spent blocked (a stall).
class StallMeter : public QObject
{
    Q_OBJECT
public:
    explicit StallMeter(QObject *parent = nullptr);
    void start();
    void stop();
    // Goes on after a stop() (keeping what was measured), e.g. once a
    // screenshot, which is not the views' work, has been taken.
    void resume();
    [[nodiscard]] double maxStallMs() const { return m_maxMs; }
    [[nodiscard]] int stallsOver(double ms) const;
    // The GUI thread's own CPU time between two loop turns, at its longest,
    // and the gaps whose CPU time is over `ms`: on a shared machine a long
    // gap with little CPU is the thread waiting for a core, not work it did.
    [[nodiscard]] double maxStallCpuMs() const { return m_maxCpuMs; }
    [[nodiscard]] int stallsOverCpu(double ms) const;

    static constexpr int intervalMs = 5;

private:
    void tick();

    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_lastNs = 0;
    qint64 m_lastCpuNs = 0;
    double m_maxMs = 0;
    double m_maxCpuMs = 0;
    std::vector<double> m_gapsMs;    // only gaps above 20 ms are kept
    std::vector<double> m_gapsCpuMs; // the thread's CPU time in each of them
};

} // namespace wm::ui
