// SPDX-FileCopyrightText: 2026 WhiteMagic contributors
// SPDX-License-Identifier: MIT

#pragma once

#include "ProgressRate.h"
#include "similarity/SimilarityProgress.h"

#include <QElapsedTimer>
#include <QWidget>

class QLabel;
class QProgressBar;
class QPushButton;

namespace wm::ui {

// A near-duplicate scan's progress inside the view: the phase, a bar (busy
// while the walk still lists files), the rate and time left of the phase,
// and Cancel (Esc).
class SimilarityStatus : public QWidget
{
    Q_OBJECT
public:
    explicit SimilarityStatus(QWidget *parent = nullptr);

    void begin();
    void update(const SimilarityProgress &progress);
    void cancelling();
    // Hides the bar and shows `summary` (what was found, or why it stopped).
    void finish(const QString &summary);
    [[nodiscard]] QString text() const;
    [[nodiscard]] QPushButton *cancelButton() const { return m_cancel; }
    [[nodiscard]] static QString phaseName(SimilarityProgress::Phase phase);

Q_SIGNALS:
    void cancelRequested();

private:
    QLabel *m_label;
    QProgressBar *m_bar;
    QPushButton *m_cancel;
    ProgressRate m_rate;
    QElapsedTimer m_clock;
    SimilarityProgress::Phase m_phase = SimilarityProgress::Phase::Reading;
};

} // namespace wm::ui
