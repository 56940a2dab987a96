// SPDX-FileCopyrightText: 2026 WhiteMagic contributors
// SPDX-License-Identifier: MIT

#pragma once

#include <QObject>
#include <QTimer>

namespace wm::ui {

// Tells the GUI thread's own stalls from the scheduler's: like StallMeter
// it notes the gaps between the firings of a 5 ms timer, and it also reads
// how much CPU time the GUI thread itself used in each gap
// (CLOCK_THREAD_CPUTIME_ID). On a loaded machine a long gap with little
// CPU is the thread waiting for a core; a gap full of CPU is our own work
// blocking the event loop, which is what the code can fix.
class CpuStallMeter : public QObject
{
    Q_OBJECT
public:
    explicit CpuStallMeter(QObject *parent = nullptr);
    void start();
    void stop();
    // The longest stretch of GUI-thread CPU time between two loop turns.
    [[nodiscard]] double maxBusyMs() const { return m_maxBusyMs; }
    [[nodiscard]] int busyOver(double ms) const;

private:
    void tick();

    QTimer m_timer;
    qint64 m_lastCpuNs = 0;
    double m_maxBusyMs = 0;
    std::vector<double> m_busyMs; // only stretches above 20 ms are kept
};

} // namespace wm::ui
