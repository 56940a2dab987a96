// SPDX-FileCopyrightText: 2026 WhiteMagic contributors
// SPDX-License-Identifier: MIT

#include "StepProgressPanel.h"

#include <QGridLayout>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

namespace wm::ui {

StepProgressPanel::StepProgressPanel(QWidget *parent)
    : QWidget(parent), m_stepsBox(new QWidget(this)), m_notice(new QLabel(this)),
      m_status(new QLabel(this)), m_cancel(new QPushButton(tr("Cancel"), this))
{
    setObjectName(QStringLiteral("stepProgress"));
    m_notice->setWordWrap(true);
    m_notice->setTextFormat(Qt::PlainText);
    m_notice->setObjectName(QStringLiteral("pointOfNoReturnNotice"));
    m_status->setTextFormat(Qt::PlainText);
    m_status->setObjectName(QStringLiteral("stepStatus"));
    m_cancel->setToolTip(tr("Stop and undo what was done so far (Esc)"));
    new QGridLayout(m_stepsBox);
    m_stepsBox->layout()->setContentsMargins(0, 0, 0, 0);
    auto *bottom = new QHBoxLayout;
    bottom->addWidget(m_status, 1);
    bottom->addWidget(m_cancel);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_notice);
    layout->addWidget(m_stepsBox);
    layout->addLayout(bottom);
    connect(m_cancel, &QPushButton::clicked, this, &StepProgressPanel::cancelRequested);
}

void StepProgressPanel::clearSteps()
{
    for (QLabel *l : m_labels)
        delete l;
    for (QProgressBar *b : m_bars)
        delete b;
    m_labels.clear();
    m_bars.clear();
}

void StepProgressPanel::begin(const QStringList &steps, int pointOfNoReturn, const QString &notice)
{
    clearSteps();
    auto *grid = static_cast<QGridLayout *>(m_stepsBox->layout());
    for (int i = 0; i < steps.size(); ++i) {
        auto *label = new QLabel(steps.at(i), m_stepsBox);
        auto *bar = new QProgressBar(m_stepsBox);
        bar->setRange(0, 1000);
        bar->setValue(0);
        bar->setFormat(QString());
        bar->setAccessibleName(steps.at(i));
        // Two columns of steps keep the panel low.
        const int row = i % ((steps.size() + 1) / 2), col = (i / ((steps.size() + 1) / 2)) * 2;
        grid->addWidget(label, row, col);
        grid->addWidget(bar, row, col + 1);
        m_labels.push_back(label);
        m_bars.push_back(bar);
    }
    m_pointOfNoReturn = pointOfNoReturn;
    m_pastReturn = false;
    m_step = -1;
    m_rate.reset();
    m_clock.start();
    m_notice->setText(notice);
    m_notice->setVisible(!notice.isEmpty());
    m_cancel->setEnabled(true);
    m_cancel->show();
    m_status->setText(tr("Starting…"));
    show();
}

QProgressBar *StepProgressPanel::bar(int step) const
{
    return step >= 0 && step < int(m_bars.size()) ? m_bars[size_t(step)] : nullptr;
}

void StepProgressPanel::update(int step, qint64 done, qint64 total, const QString &current,
                               bool pastReturn)
{
    if (step < 0 || step >= int(m_bars.size())) return;
    for (int i = std::max(0, m_step); i < step; ++i) {
        m_bars[size_t(i)]->setValue(1000); // the steps before are done
        m_bars[size_t(i)]->setFormat(tr("done"));
    }
    if (step != m_step) m_rate.reset();
    m_step = step;
    m_rate.add(m_clock.elapsed(), done);
    QProgressBar *b = m_bars[size_t(step)];
    b->setValue(total > 0 ? int(1000.0 * double(std::min(done, total)) / double(total)) : 0);
    b->setFormat(total > 0
                     ? QLocale().toString(done) + QLatin1String(" / ") + QLocale().toString(total)
                     : QString());
    if (pastReturn && !m_pastReturn) {
        m_pastReturn = true;
        m_cancel->setEnabled(false);
        m_cancel->setToolTip(tr("Past the point of no return: the run finishes"));
        m_notice->setText(tr("Past the point of no return: the run now finishes (if it is "
                             "interrupted, the next start completes it)."));
    }
    QString text = m_labels[size_t(step)]->text();
    const QString rate = m_rate.text(total, tr("per s"));
    if (!rate.isEmpty()) text += QStringLiteral(" · ") + rate;
    if (!current.isEmpty()) text += QStringLiteral(" · ") + current;
    m_status->setText(text);
}

void StepProgressPanel::cancelling()
{
    m_cancel->setEnabled(false);
    m_status->setText(tr("Cancelling: undoing what was done…"));
}

void StepProgressPanel::finish(const QString &summary, bool ok)
{
    if (ok)
        for (QProgressBar *b : m_bars) {
            b->setValue(1000);
            b->setFormat(tr("done"));
        }
    m_cancel->hide();
    m_notice->hide(); // said what Cancel could do; nothing to cancel now
    m_status->setText(summary);
}

QString StepProgressPanel::statusText() const
{
    return m_status->text();
}

} // namespace wm::ui
