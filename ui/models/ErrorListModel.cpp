// SPDX-FileCopyrightText: 2026 WhiteMagic contributors
// SPDX-License-Identifier: MIT

#include "ErrorListModel.h"

#include "window/Icons.h"

namespace wm::ui {

ErrorListModel::ErrorListModel(QObject *parent) : QAbstractTableModel(parent)
{
}

void ErrorListModel::clear()
{
    beginResetModel();
    m_rows.clear();
    endResetModel();
    Q_EMIT countChanged(0);
}

void ErrorListModel::addBatch(const std::vector<FileRecord> &records)
{
    std::vector<Row> fresh;
    for (const FileRecord &r : records)
        if (r.hasError()) fresh.push_back({r.path, r.error});
    if (fresh.empty()) return;
    const int first = int(m_rows.size());
    beginInsertRows({}, first, first + int(fresh.size()) - 1);
    std::move(fresh.begin(), fresh.end(), std::back_inserter(m_rows));
    endInsertRows();
    Q_EMIT countChanged(count());
}

int ErrorListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ErrorListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ErrorListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &r = m_rows[size_t(index.row())];
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        return index.column() == Path ? r.path : r.reason;
    case Qt::DecorationRole:
        return index.column() == Path ? Icons::warning() : QVariant();
    default:
        return {};
    }
}

QVariant ErrorListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) return {};
    return section == Path ? tr("Path") : tr("Reason");
}

} // namespace wm::ui
