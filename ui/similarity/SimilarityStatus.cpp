// SPDX-FileCopyrightText: 2026 WhiteMagic contributors
// SPDX-License-Identifier: MIT

#include "SimilarityStatus.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>

namespace wm::ui {

SimilarityStatus::SimilarityStatus(QWidget *parent)
    : QWidget(parent), m_label(new QLabel(this)), m_bar(new QProgressBar(this)),
      m_cancel(new QPushButton(tr("Cancel"), this))
{
    setObjectName(QStringLiteral("similarityStatus"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_label->setTextFormat(Qt::PlainText);
    m_bar->setMaximumWidth(260);
    m_cancel->setToolTip(tr("Stop the search for near-duplicates (Esc)"));
    layout->addWidget(m_label, 1);
    layout->addWidget(m_bar);
    layout->addWidget(m_cancel);
    connect(m_cancel, &QPushButton::clicked, this, &SimilarityStatus::cancelRequested);
    m_bar->hide();
    m_cancel->hide();
}

QString SimilarityStatus::phaseName(SimilarityProgress::Phase phase)
{
    switch (phase) {
    case SimilarityProgress::Phase::Reading:
        return tr("Reading files");
    case SimilarityProgress::Phase::Signatures:
        return tr("Computing signatures");
    case SimilarityProgress::Phase::Candidates:
        return tr("Finding candidate pairs");
    case SimilarityProgress::Phase::Verifying:
        return tr("Verifying pairs");
    case SimilarityProgress::Phase::Finished:
        return tr("Finished");
    }
    return {};
}

void SimilarityStatus::begin()
{
    m_rate.reset();
    m_clock.start();
    m_phase = SimilarityProgress::Phase::Reading;
    m_bar->setRange(0, 0);
    m_bar->show();
    m_cancel->show();
    m_cancel->setEnabled(true);
    m_label->setText(tr("Starting…"));
}

void SimilarityStatus::update(const SimilarityProgress &p)
{
    if (p.phase != m_phase) {
        m_rate.reset();
        m_phase = p.phase;
    }
    m_rate.add(m_clock.elapsed(), p.done);
    if (p.total > 0) {
        // Thousandths keep the range within int for any tree.
        m_bar->setRange(0, 1000);
        m_bar->setValue(int(1000.0 * double(p.done) / double(std::max(p.total, p.done))));
        m_bar->setFormat(QLocale().toString(p.done) + QLatin1String(" / ") +
                         QLocale().toString(p.total));
    } else {
        m_bar->setRange(0, 0);
    }
    const QString unit = p.phase == SimilarityProgress::Phase::Reading     ? tr("files/s")
                         : p.phase == SimilarityProgress::Phase::Verifying ? tr("pairs/s")
                                                                           : tr("items/s");
    QString text = phaseName(p.phase);
    const QString rate = m_rate.text(p.total, unit);
    if (!rate.isEmpty()) text += QStringLiteral(" · ") + rate;
    if (p.verifiedPairs > 0)
        text += QStringLiteral(" · ") + tr("%Ln pair(s) verified", nullptr, int(p.verifiedPairs));
    m_label->setText(text);
}

void SimilarityStatus::cancelling()
{
    m_cancel->setEnabled(false);
    m_label->setText(tr("Cancelling…"));
}

void SimilarityStatus::finish(const QString &summary)
{
    m_bar->hide();
    m_cancel->hide();
    m_label->setText(summary);
}

QString SimilarityStatus::text() const
{
    return m_label->text();
}

} // namespace wm::ui
