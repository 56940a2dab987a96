// SPDX-FileCopyrightText: 2026 WhiteMagic contributors
// SPDX-License-Identifier: MIT

#pragma once

#include "audit/AuditProgress.h"
#include "jobs/AuditBatch.h"

#include <QWidget>
#include <deque>

class QLabel;
class QProgressBar;
class QToolButton;

namespace wm::ui {

// The scan's progress in the status bar: a bar (files done of files found
// so far), files/s, MB/s and the time left, from the last two seconds of
// progress so a slow start does not skew them; a Stop button beside it.
class ScanStatus : public QWidget
{
    Q_OBJECT
public:
    explicit ScanStatus(QWidget *parent = nullptr);

    void begin();
    void update(const AuditProgress &progress, qint64 elapsedMs);
    void stopping();
    void finish(const AuditOutcome &outcome);
    [[nodiscard]] QString rateText() const;

Q_SIGNALS:
    void stopRequested();

private:
    struct Sample
    {
        qint64 ms;
        qint64 done;
        qint64 bytes;
    };
    std::deque<Sample> m_samples;
    QProgressBar *m_bar;
    QLabel *m_rate;
    QToolButton *m_stop;
};

} // namespace wm::ui
