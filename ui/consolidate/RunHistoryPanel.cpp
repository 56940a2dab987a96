// SPDX-FileCopyrightText: 2026 WhiteMagic contributors
// SPDX-License-Identifier: MIT

#include "RunHistoryPanel.h"

#include "RunListModel.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTreeView>
#include <QVBoxLayout>

namespace wm::ui {

RunHistoryPanel::RunHistoryPanel(QWidget *parent)
    : QGroupBox(tr("Previous runs"), parent), m_model(new RunListModel(this)),
      m_view(new QTreeView(this)), m_empty(new QLabel(this)), m_restore(new QPushButton(this))
{
    setObjectName(QStringLiteral("runHistory"));
    m_view->setModel(m_model);
    m_view->setRootIsDecorated(false);
    m_view->setUniformRowHeights(true);
    m_view->setAlternatingRowColors(true);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setAccessibleName(tr("Previous runs"));
    m_view->header()->setSectionResizeMode(RunListModel::Changes, QHeaderView::Stretch);
    m_view->header()->setStretchLastSection(false);
    m_view->setColumnHidden(RunListModel::Id, true);
    m_view->header()->resizeSection(
        RunListModel::Started,
        fontMetrics().horizontalAdvance(QStringLiteral("30 Dec 2026 12:00 PM")) + 16);
    m_view->header()->resizeSection(RunListModel::State,
                                    fontMetrics().horizontalAdvance(QStringLiteral("done")) + 40);
    m_empty->setTextFormat(Qt::PlainText);
    m_empty->setWordWrap(true);
    m_restore->setText(tr("Restore…"));
    m_restore->setToolTip(tr("Bring the folder back to its state before the selected run "
                             "(later runs are undone too)"));
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_empty, 1);
    buttons->addWidget(m_restore);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_view, 1);
    layout->addLayout(buttons);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &RunHistoryPanel::updateButton);
    connect(m_restore, &QPushButton::clicked, this, [this] {
        if (!selectedRun().isEmpty()) Q_EMIT restoreRequested(selectedRun());
    });
    setRuns({}, {});
}

void RunHistoryPanel::setRuns(const RunList &runs, const QString &error)
{
    m_model->setRuns(runs);
    m_empty->setText(!error.isEmpty() ? tr("Cannot read the runs: %1").arg(error)
                     : runs.empty()   ? tr("No consolidation has run in this folder yet.")
                                      : tr("%Ln run(s)", nullptr, int(runs.size())));
    if (!runs.empty()) selectRun(0);
    updateButton();
}

void RunHistoryPanel::setBusy(bool busy)
{
    m_busy = busy;
    updateButton();
}

QString RunHistoryPanel::selectedRun() const
{
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    return rows.isEmpty() ? QString() : rows.first().data(RunListModel::IdRole).toString();
}

void RunHistoryPanel::selectRun(int row)
{
    m_view->setCurrentIndex(m_model->index(row, 0));
}

void RunHistoryPanel::updateButton()
{
    m_restore->setEnabled(!m_busy && !selectedRun().isEmpty());
}

} // namespace wm::ui
