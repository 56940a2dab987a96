// SPDX-FileCopyrightText: 2026 WhiteMagic contributors
// SPDX-License-Identifier: MIT

#include "ScanStatus.h"

#include "Icons.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QToolButton>
#include <limits>

namespace wm::ui {
namespace {

QString durationText(double secs)
{
    if (secs < 1) return ScanStatus::tr("under a second left");
    if (secs < 90) return ScanStatus::tr("%n s left", nullptr, int(secs + 0.5));
    return ScanStatus::tr("%n min left", nullptr, int(secs / 60 + 0.5));
}

} // namespace

ScanStatus::ScanStatus(QWidget *parent)
    : QWidget(parent), m_bar(new QProgressBar(this)), m_rate(new QLabel(this)),
      m_stop(new QToolButton(this))
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_rate->setTextFormat(Qt::PlainText);
    m_bar->setMaximumWidth(220);
    m_bar->setTextVisible(true);
    m_stop->setIcon(Icons::stop());
    m_stop->setAutoRaise(true);
    m_stop->setToolTip(tr("Stop the scan (Esc)"));
    layout->addWidget(m_rate);
    layout->addWidget(m_bar);
    layout->addWidget(m_stop);
    connect(m_stop, &QToolButton::clicked, this, &ScanStatus::stopRequested);
    m_bar->hide();
    m_stop->hide();
}

void ScanStatus::begin()
{
    m_samples.clear();
    m_bar->setRange(0, 0); // busy until the walk has found something
    m_bar->show();
    m_stop->show();
    m_stop->setEnabled(true);
    m_rate->setText(tr("Starting…"));
}

void ScanStatus::update(const AuditProgress &p, qint64 elapsedMs)
{
    m_samples.push_back({elapsedMs, p.done, p.bytes});
    while (m_samples.size() > 2 && elapsedMs - m_samples.front().ms > 2000)
        m_samples.pop_front();
    if (p.found > 0) {
        // The range is in thousandths so it stays within int for any tree.
        m_bar->setRange(0, 1000);
        m_bar->setValue(int(1000.0 * double(p.done) / double(std::max(p.found, p.done))));
        m_bar->setFormat(QLocale().toString(p.done) + QLatin1String(" / ") +
                         QLocale().toString(p.found));
    }
    const Sample &a = m_samples.front();
    const double secs = double(elapsedMs - a.ms) / 1000.0;
    if (secs <= 0.05) return;
    const double files = double(p.done - a.done) / secs;
    const double mb = double(p.bytes - a.bytes) / secs / 1e6;
    QString text = tr("%1 files/s · %2 MB/s")
                       .arg(QLocale().toString(qint64(files)), QLocale().toString(mb, 'f', 1));
    if (files > 0 && p.found > p.done)
        text += QStringLiteral(" · ") + durationText(double(p.found - p.done) / files);
    m_rate->setText(text);
}

void ScanStatus::stopping()
{
    m_stop->setEnabled(false);
    m_rate->setText(tr("Stopping…"));
}

void ScanStatus::finish(const AuditOutcome &o)
{
    m_bar->hide();
    m_stop->hide();
    const double secs = double(std::max<qint64>(1, o.elapsedMs)) / 1000.0;
    // A file count beyond an int is not a real tree; clamp for tr()'s n.
    const int files = int(std::min<qint64>(o.totals.files, std::numeric_limits<int>::max()));
    m_rate->setText(tr("%Ln file(s) in %1 s · %2 files/s", nullptr, files)
                        .arg(QLocale().toString(secs, 'f', 2),
                             QLocale().toString(qint64(double(o.totals.files) / secs))));
}

QString ScanStatus::rateText() const
{
    return m_rate->text();
}

} // namespace wm::ui
