// SPDX-FileCopyrightText: 2026 WhiteMagic contributors
// SPDX-License-Identifier: MIT

#include "BalancePanel.h"

#include "BalanceModel.h"
#include "BalanceText.h"
#include "HexagramLayout.h"
#include "HexagramWidget.h"
#include "SignalTable.h"
#include "jobs/AuditBatch.h"
#include "window/MainWindow.h"

#include <QApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QPainter>
#include <QPalette>
#include <QVBoxLayout>

namespace wm::ui {

BalancePanel::BalancePanel(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("balancePanel"));
    setAccessibleName(tr("Balance"));
    m_model = new BalanceModel(this);
    m_hexagram = new HexagramWidget(*m_model, this);
    m_balance = new QLabel(this);
    m_balance->setObjectName(QStringLiteral("balanceLabel"));
    m_threads = new QLabel(this);
    m_threads->setObjectName(QStringLiteral("threadsLabel"));
    m_threads->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    m_table = new SignalTable(*m_model, this);
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("hexagramSummary"));
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_summary->setWordWrap(true);

    auto *figures = new QHBoxLayout;
    figures->addWidget(m_balance, 1);
    figures->addWidget(m_threads, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_hexagram, 1);
    layout->addLayout(figures);
    layout->addWidget(m_table);
    layout->addWidget(m_summary);
    connect(m_model, &BalanceModel::changed, this, &BalancePanel::onModelChanged);
    onModelChanged();
}

BalancePanel *BalancePanel::addTo(MainWindow &window)
{
    auto *panel = new BalancePanel(&window);
    panel->follow(window);
    window.addView(panel, icon(), tr("Balance"));
    return panel;
}

void BalancePanel::follow(const MainWindow &window)
{
    connect(&window, &MainWindow::auditStarted, m_model, &BalanceModel::begin);
    connect(&window, &MainWindow::batchShown, m_model,
            [this](const AuditBatchPtr &batch) { m_model->offer(batch->progress); });
    connect(&window, &MainWindow::auditFinished, m_model, &BalanceModel::finish);
}

void BalancePanel::setLabel(QLabel *label, const QString &text)
{
    if (label->text() != text) label->setText(text);
}

void BalancePanel::onModelChanged()
{
    const BalanceModel &m = *m_model;
    if (!m.hasCast()) {
        setLabel(m_balance, tr("Balance: —"));
        setLabel(m_threads, tr("Threads: —"));
    } else {
        setLabel(m_balance, tr("Balance: %1").arg(BalanceText::balance(m.casting().primary())));
        setLabel(
            m_threads,
            tr("Threads: %1").arg(BalanceText::threads(m.threadsInUse(), m.recommendedThreads())));
    }
    QString summary;
    if (m.state() == BalanceModel::State::Finished && !m.summary().isEmpty()) {
        summary = m.partial() ? tr("<b>Hexagram of this audit</b> (stopped, partial figures): %1")
                              : tr("<b>Hexagram of this audit:</b> %1");
        summary = summary.arg(m.summary().toHtmlEscaped());
    }
    setLabel(m_summary, summary);
    m_summary->setVisible(!summary.isEmpty());
}

QIcon BalancePanel::icon()
{
    QIcon icon;
    const QColor ink = QApplication::palette().color(QPalette::WindowText);
    for (int size : {16, 24, 32, 48, 64}) {
        QPixmap pm(size, size);
        pm.fill(Qt::transparent);
        QPainter p(&pm);
        const double m = size * 0.1;
        const QRectF r(m, m, size - 2 * m, size - 2 * m);
        for (int n = 1; n <= 6; ++n) {
            QRectF bar = HexagramLayout::bar(r, n);
            bar = QRectF(QPointF(bar.left(), std::round(bar.top())),
                         QPointF(bar.right(), std::round(bar.bottom())));
            if (n <= 3) {
                p.fillRect(bar, ink); // Tai: heaven below, earth above
            } else {
                const double half = bar.width() * (1 - HexagramLayout::gapWidth) / 2;
                p.fillRect(QRectF(bar.left(), bar.top(), half, bar.height()), ink);
                p.fillRect(QRectF(bar.right() - half, bar.top(), half, bar.height()), ink);
            }
        }
        p.end();
        icon.addPixmap(pm);
    }
    return icon;
}

} // namespace wm::ui
