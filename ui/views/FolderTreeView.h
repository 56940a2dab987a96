// SPDX-FileCopyrightText: 2026 WhiteMagic contributors
// SPDX-License-Identifier: MIT

#pragma once

#include <QTreeView>

namespace wm::ui {

class FolderTreeModel;

// The folder tree beside the table: totals per folder, largest first;
// selecting a folder filters the table to it.
class FolderTreeView : public QTreeView
{
    Q_OBJECT
public:
    explicit FolderTreeView(FolderTreeModel *model, QWidget *parent = nullptr);

Q_SIGNALS:
    // Relative path of the selected folder, "" for the whole tree.
    void folderSelected(const QString &folder);

private:
    void onRowsInserted(const QModelIndex &parent, int first, int last);
    FolderTreeModel *m_model;
};

} // namespace wm::ui
