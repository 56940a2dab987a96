// SPDX-FileCopyrightText: 2026 WhiteMagic contributors
// SPDX-License-Identifier: MIT

#include "ClusterTreeModel.h"

#include <QLocale>

namespace wm::ui {
namespace {

// Top-level rows carry 0; a member row carries its cluster's row + 1.
constexpr quintptr topLevel = 0;

QString scoreText(double score)
{
    return QLocale().toString(score, 'f', 3);
}

} // namespace

ClusterTreeModel::ClusterTreeModel(QObject *parent) : QAbstractItemModel(parent)
{
    m_feed.setInterval(0);
    connect(&m_feed, &QTimer::timeout, this, &ClusterTreeModel::insertBatch);
}

void ClusterTreeModel::clear()
{
    setRows(nullptr);
}

void ClusterTreeModel::setRows(ClusterRowsPtr rows)
{
    beginResetModel();
    m_rows = std::move(rows);
    m_shown = 0;
    endResetModel();
    m_feed.start();
}

int ClusterTreeModel::clusterTotal() const
{
    return m_rows ? int(m_rows->clusters.size()) : 0;
}

void ClusterTreeModel::insertBatch()
{
    const int total = clusterTotal();
    if (m_shown >= total) {
        m_feed.stop();
        Q_EMIT allInserted();
        return;
    }
    const int last = std::min(total, m_shown + batchClusters) - 1;
    beginInsertRows({}, m_shown, last);
    m_shown = last + 1;
    endInsertRows();
}

const ClusterRow *ClusterTreeModel::cluster(const QModelIndex &index) const
{
    if (!index.isValid() || !m_rows) return nullptr;
    const quintptr id = index.internalId();
    const int row = id == topLevel ? index.row() : int(id - 1);
    return row < m_shown ? &m_rows->clusters[size_t(row)] : nullptr;
}

const ClusterMember *ClusterTreeModel::member(const QModelIndex &index) const
{
    if (!index.isValid() || index.internalId() == topLevel) return nullptr;
    const ClusterRow *c = cluster(index);
    return c && index.row() < int(c->members.size()) ? &c->members[size_t(index.row())] : nullptr;
}

QModelIndex ClusterTreeModel::index(int row, int column, const QModelIndex &parent) const
{
    if (row < 0 || column < 0 || column >= ColumnCount) return {};
    if (!parent.isValid())
        return row < m_shown ? createIndex(row, column, topLevel) : QModelIndex();
    if (parent.internalId() != topLevel) return {};
    const ClusterRow *c = cluster(parent);
    if (!c || row >= int(c->members.size())) return {};
    return createIndex(row, column, quintptr(parent.row()) + 1);
}

QModelIndex ClusterTreeModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.internalId() == topLevel) return {};
    return createIndex(int(child.internalId() - 1), 0, topLevel);
}

int ClusterTreeModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid()) return m_shown;
    if (parent.column() != 0 || parent.internalId() != topLevel) return 0;
    const ClusterRow *c = cluster(parent);
    return c ? int(c->members.size()) : 0;
}

int ClusterTreeModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

QVariant ClusterTreeModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid()) return {};
    if (index.internalId() == topLevel) return clusterData(index.row(), index.column(), role);
    const ClusterMember *m = member(index);
    return m ? memberData(*m, index.column(), role) : QVariant();
}

QVariant ClusterTreeModel::clusterData(int row, int column, int role) const
{
    const ClusterRow &c = m_rows->clusters[size_t(row)];
    if (role == ScoreRole) return c.maxScore;
    if (role == Qt::TextAlignmentRole && (column == Score || column == Size))
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole) return {};
    const int n = int(c.members.size());
    switch (column) {
    case File:
        return tr("Cluster %1 · %Ln file(s)", nullptr, n).arg(row + 1);
    case Score:
        return c.minScore == c.maxScore
                   ? scoreText(c.maxScore)
                   : tr("%1 – %2").arg(scoreText(c.minScore), scoreText(c.maxScore));
    case Match:
        if (c.exactMembers == n) return tr("identical");
        return c.exactMembers > 0 ? tr("near + identical") : tr("near");
    default:
        return {};
    }
}

QVariant ClusterTreeModel::memberData(const ClusterMember &m, int column, int role) const
{
    switch (role) {
    case NativePathRole:
        return m.nativePath;
    case ScoreRole:
        return m.score;
    case ExactRole:
        return m.exact;
    case Qt::TextAlignmentRole:
        return column == Score || column == Size ? QVariant(Qt::AlignRight | Qt::AlignVCenter)
                                                 : QVariant();
    case Qt::ToolTipRole:
        if (column == Match && m.exact) return tr("Byte-identical to another file of the cluster");
        if (column == Score) return tr("Best verified score with another file of the cluster");
        return column == File ? m.relPath : QVariant();
    case Qt::DisplayRole:
        break;
    default:
        return {};
    }
    switch (column) {
    case File:
        return m.relPath;
    case Score:
        return scoreText(m.score);
    case Match:
        return m.exact ? tr("identical copy") : tr("near");
    case Size:
        return QLocale().formattedDataSize(m.size, 1, QLocale::DataSizeTraditionalFormat);
    default:
        return {};
    }
}

QVariant ClusterTreeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) return {};
    switch (section) {
    case File:
        return tr("Cluster / file");
    case Score:
        return tr("Score");
    case Match:
        return tr("Match");
    case Size:
        return tr("Size");
    default:
        return {};
    }
}

} // namespace wm::ui
