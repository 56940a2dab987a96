// SPDX-FileCopyrightText: 2026 WhiteMagic contributors
// SPDX-License-Identifier: MIT

#pragma once

#include "ClusterRows.h"

#include <QAbstractItemModel>
#include <QTimer>

namespace wm::ui {

// The near-duplicate clusters as a tree: a cluster per top-level row (its
// size and score range), its files below (each with its best score and
// whether it is an identical copy). Rows are inserted a batch at a time from
// the event loop, so a result with thousands of clusters never stalls the
// GUI thread.
class ClusterTreeModel : public QAbstractItemModel
{
    Q_OBJECT
public:
    enum Column
    {
        File,
        Score,
        Match,
        Size,
        ColumnCount
    };
    enum Role
    {
        NativePathRole = Qt::UserRole + 1, // QByteArray: the member's file
        ScoreRole,                         // double
        ExactRole                          // bool
    };
    static constexpr int batchClusters = 200;

    explicit ClusterTreeModel(QObject *parent = nullptr);

    void clear();
    // Replaces the content; rows then arrive in batches (allInserted() last).
    void setRows(ClusterRowsPtr rows);
    [[nodiscard]] bool isInserting() const { return m_shown < clusterTotal(); }
    [[nodiscard]] int clusterTotal() const;
    [[nodiscard]] const ClusterMember *member(const QModelIndex &index) const;
    [[nodiscard]] const ClusterRow *cluster(const QModelIndex &index) const;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

Q_SIGNALS:
    void allInserted();

private:
    void insertBatch();
    [[nodiscard]] QVariant clusterData(int row, int column, int role) const;
    [[nodiscard]] QVariant memberData(const ClusterMember &m, int column, int role) const;

    ClusterRowsPtr m_rows;
    int m_shown = 0; // clusters inserted so far
    QTimer m_feed;
};

} // namespace wm::ui
