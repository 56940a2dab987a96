// SPDX-FileCopyrightText: 2026 WhiteMagic contributors
// SPDX-License-Identifier: MIT

#pragma once

#include <QCoreApplication>
#include <QString>
#include <deque>

namespace wm::ui {

// Rate and time left of a phase of work, from the last two seconds of
// samples so a slow start (or an earlier phase) does not skew them.
class ProgressRate
{
    Q_DECLARE_TR_FUNCTIONS(ProgressRate)
public:
    void reset();
    // `done` units after `elapsedMs`; a smaller `done` than the last sample
    // starts a new phase.
    void add(qint64 elapsedMs, qint64 done);
    [[nodiscard]] double perSecond() const;
    // Negative while unknown (no rate yet, or no total).
    [[nodiscard]] double secondsLeft(qint64 total) const;
    // "1,234 files/s · 12 s left", with `unit` such as tr("files/s").
    [[nodiscard]] QString text(qint64 total, const QString &unit) const;
    [[nodiscard]] static QString timeLeftText(double seconds);

private:
    struct Sample
    {
        qint64 ms;
        qint64 done;
    };
    std::deque<Sample> m_samples;
};

} // namespace wm::ui
