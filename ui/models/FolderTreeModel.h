// SPDX-FileCopyrightText: 2026 WhiteMagic contributors
// SPDX-License-Identifier: MIT

#pragma once

#include "FolderNode.h"
#include "audit/FileRecord.h"

#include <QAbstractItemModel>
#include <QHash>
#include <QLocale>
#include <vector>

namespace wm::ui {

// The folders of the audit with aggregated totals (files, lines, bytes,
// tokens), children sorted by size, filled while the scan runs: each batch
// adds its records' figures to their folder and every ancestor, inserts the
// folders it created (one insert per parent, a new folder arriving with its
// whole subtree) and re-sorts the touched children in one layout change.
// The single top-level row is the audited folder itself.
class FolderTreeModel : public QAbstractItemModel
{
    Q_OBJECT
public:
    enum Column
    {
        Name,
        Bytes, // with the share of the parent as a bar behind it
        Files,
        Lines,
        Tokens,
        ColumnCount
    };
    enum Roles
    {
        FolderPathRole = Qt::UserRole + 1, // relative path, "" for the root
        ShareRole,                         // 0..1 of the parent's bytes
    };

    explicit FolderTreeModel(QObject *parent = nullptr);
    ~FolderTreeModel() override;

    void clear(const QString &root);
    void addBatch(const std::vector<FileRecord> &records);
    [[nodiscard]] QModelIndex rootIndex() const;
    [[nodiscard]] QModelIndex indexForPath(const QString &folder) const;
    [[nodiscard]] qint64 bytesOf(const QModelIndex &index) const;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    bool hasChildren(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    [[nodiscard]] FolderNode *nodeOf(const QModelIndex &index) const;
    [[nodiscard]] QModelIndex indexOf(FolderNode *node, int column = 0) const;
    FolderNode *folderFor(const QString &folder);
    void announceNew();
    void resortTouched();
    static void markVisible(FolderNode *node);

    std::unique_ptr<FolderNode> m_root;
    QHash<QString, FolderNode *> m_byPath;
    std::vector<FolderNode *> m_touched;    // this batch, for the re-sort
    std::vector<FolderNode *> m_newParents; // this batch, got new children
    QLocale m_locale;
};

} // namespace wm::ui
