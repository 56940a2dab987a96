// SPDX-FileCopyrightText: 2026 WhiteMagic contributors
// SPDX-License-Identifier: MIT

#include "FolderTreeView.h"

#include "PercentBarDelegate.h"
#include "models/FolderTreeModel.h"

#include <QHeaderView>

namespace wm::ui {

FolderTreeView::FolderTreeView(FolderTreeModel *model, QWidget *parent)
    : QTreeView(parent), m_model(model)
{
    setModel(model);
    setUniformRowHeights(true);
    setAlternatingRowColors(true);
    setAcceptDrops(false);
    setSelectionMode(QAbstractItemView::SingleSelection);
    setItemDelegateForColumn(FolderTreeModel::Bytes,
                             new PercentBarDelegate(FolderTreeModel::ShareRole, this));
    header()->setStretchLastSection(false);
    header()->setMinimumSectionSize(40);
    // Figures take what they need; the names get the rest of the pane.
    const QFontMetrics fm = fontMetrics();
    const auto fit = [&](const char *sample) {
        return fm.horizontalAdvance(QString::fromLatin1(sample)) + 14;
    };
    header()->resizeSection(FolderTreeModel::Name, 150);
    header()->resizeSection(FolderTreeModel::Bytes, fit("999.9 MB") + 6);
    header()->resizeSection(FolderTreeModel::Files, fit("99,999"));
    header()->resizeSection(FolderTreeModel::Lines, fit("9,999,999"));
    header()->resizeSection(FolderTreeModel::Tokens, fit("99,999,999"));
    header()->setDefaultAlignment(Qt::AlignRight | Qt::AlignVCenter);
    connect(selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex &current) {
                Q_EMIT folderSelected(current.data(FolderTreeModel::FolderPathRole).toString());
            });
    // The audited folder opens as soon as it appears.
    connect(model, &QAbstractItemModel::rowsInserted, this, &FolderTreeView::onRowsInserted);
    connect(model, &QAbstractItemModel::modelReset, this, [this] {
        if (m_model->rootIndex().isValid()) expand(m_model->rootIndex());
    });
}

void FolderTreeView::onRowsInserted(const QModelIndex &parent, int, int)
{
    if (!parent.parent().isValid() && parent.isValid() && !isExpanded(parent)) expand(parent);
}

} // namespace wm::ui
