// SPDX-FileCopyrightText: 2026 WhiteMagic contributors
// SPDX-License-Identifier: MIT

#pragma once

#include "similarity/ProgressRate.h"

#include <QElapsedTimer>
#include <QWidget>
#include <vector>

class QLabel;
class QProgressBar;
class QPushButton;

namespace wm::ui {

// Progress of a multi-step operation (apply, restore): a bar per step, the
// current step's rate and time left and the file in hand, and Cancel, which
// is disabled for good once the operation passes its point of no return;
// the panel says where that point is before it is reached.
class StepProgressPanel : public QWidget
{
    Q_OBJECT
public:
    explicit StepProgressPanel(QWidget *parent = nullptr);

    // `pointOfNoReturn`: index of the step from which Cancel is no longer
    // possible (-1: cancellable throughout); `notice` states it.
    void begin(const QStringList &steps, int pointOfNoReturn, const QString &notice);
    void update(int step, qint64 done, qint64 total, const QString &current, bool pastReturn);
    void cancelling();
    void finish(const QString &summary, bool ok);

    [[nodiscard]] QPushButton *cancelButton() const { return m_cancel; }
    [[nodiscard]] QProgressBar *bar(int step) const;
    [[nodiscard]] QLabel *noticeLabel() const { return m_notice; }
    [[nodiscard]] QString statusText() const;
    [[nodiscard]] bool isPastPointOfNoReturn() const { return m_pastReturn; }

Q_SIGNALS:
    void cancelRequested();

private:
    void clearSteps();

    QWidget *m_stepsBox;
    QLabel *m_notice;
    QLabel *m_status;
    QPushButton *m_cancel;
    std::vector<QLabel *> m_labels;
    std::vector<QProgressBar *> m_bars;
    ProgressRate m_rate;
    QElapsedTimer m_clock;
    int m_step = -1;
    int m_pointOfNoReturn = -1;
    bool m_pastReturn = false;
};

} // namespace wm::ui
