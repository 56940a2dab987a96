// SPDX-FileCopyrightText: 2026 WhiteMagic contributors
// SPDX-License-Identifier: MIT

#include "IndexStatus.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QTimer>
#include <algorithm>
#include <limits>

namespace wm::ui {

IndexStatus::IndexStatus(QWidget *parent)
    : QWidget(parent), m_label(new QLabel(this)), m_bar(new QProgressBar(this))
{
    setObjectName(QStringLiteral("searchIndexStatus"));
    m_bar->setRange(0, 0); // busy: the number of files is not known in advance
    m_bar->setMaximumWidth(80);
    m_bar->setMaximumHeight(12);
    m_bar->setTextVisible(false);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_bar);
    layout->addWidget(m_label);
    hide();
}

void IndexStatus::begin(const QString &root)
{
    Q_UNUSED(root);
    m_clock.start();
    m_label->setText(tr("Search index: checking for changes…"));
    m_bar->show();
    show();
}

namespace {

// tr()'s plural count is an int; no index holds more files than that.
int pluralCountOf(qint64 n)
{
    return int(std::clamp<qint64>(n, 0, std::numeric_limits<int>::max()));
}

} // namespace

void IndexStatus::update(const IndexStats &s)
{
    const QLocale loc;
    const double seconds = std::max(0.001, double(m_clock.elapsed()) / 1000.0);
    if (s.phase == QLatin1String("substring")) {
        m_label->setText(tr("Search index: building the substring index, %Ln file(s)", nullptr,
                            pluralCountOf(s.substringDocs)));
        return;
    }
    m_label->setText(tr("Search index: %Ln file(s) checked, %1 read (%2, %3 files/s)", nullptr,
                        pluralCountOf(s.found))
                         .arg(loc.toString(s.read), loc.formattedDataSize(s.bytesRead),
                              loc.toString(double(s.read) / seconds, 'f', 0)));
}

void IndexStatus::finish(const QString &text)
{
    m_bar->hide();
    m_label->setText(text);
    QTimer::singleShot(8000, this, [this, text] {
        if (m_label->text() == text && m_bar->isHidden()) hide();
    });
}

QString IndexStatus::text() const
{
    return m_label->text();
}

} // namespace wm::ui
