// SPDX-FileCopyrightText: 2026 WhiteMagic contributors
// SPDX-License-Identifier: MIT

#include "ErrorsPanel.h"

#include "ElideMiddleDelegate.h"
#include "models/ErrorListModel.h"

#include <QHeaderView>

namespace wm::ui {

ErrorsPanel::ErrorsPanel(ErrorListModel *model, QWidget *parent) : QTreeView(parent)
{
    setModel(model);
    setRootIsDecorated(false);
    setUniformRowHeights(true);
    setAlternatingRowColors(true);
    setAcceptDrops(false);
    setItemDelegateForColumn(ErrorListModel::Path, new ElideMiddleDelegate(this));
    header()->setStretchLastSection(true);
    header()->resizeSection(ErrorListModel::Path, 520);
}

} // namespace wm::ui
