// SPDX-FileCopyrightText: 2026 WhiteMagic contributors
// SPDX-License-Identifier: MIT

#pragma once

#include "ConsolidateJob.h"
#include "PlanTree.h"

#include <QAbstractItemModel>

namespace wm::ui {

// A consolidation plan as a tree grouped by action (PlanTree), with each
// note's title, the merge clusters' similarity scores and the reason for
// every decision. The tree is built once per plan and the view asks only for
// the rows it shows, so a store of 10,000 notes costs one reset.
class PlanTreeModel : public QAbstractItemModel
{
    Q_OBJECT
public:
    enum Column
    {
        Item,
        Score,
        Reason,
        Title,
        ColumnCount
    };
    enum Role
    {
        KindRole = Qt::UserRole + 1, // int: PlanTree::Kind
        RefRole,                     // int: the node's index into the plan
        GroupRole                    // int: PlanTree::GroupKind, for groups
    };

    explicit PlanTreeModel(QObject *parent = nullptr);

    void setPlan(ConsolidationPlanPtr plan);
    void clear();
    [[nodiscard]] const ConsolidationPlanPtr &plan() const { return m_plan; }
    [[nodiscard]] const PlanTree::Node *node(const QModelIndex &index) const;
    // The top-level row of `group`, or an invalid index.
    [[nodiscard]] QModelIndex groupIndex(PlanTree::GroupKind group) const;
    // The merge group a node belongs to (cluster, member or result), else -1.
    [[nodiscard]] int mergeOf(const QModelIndex &index) const;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    [[nodiscard]] static QString groupName(PlanTree::GroupKind group);

private:
    [[nodiscard]] QVariant display(const PlanTree::Node &n, int column) const;
    [[nodiscard]] QVariant groupText(PlanTree::GroupKind g, int children, int column) const;
    [[nodiscard]] QVariant noteText(const PlanTree::Node &n, int column) const;
    [[nodiscard]] double bestScore(int merge, qsizetype note) const;

    ConsolidationPlanPtr m_plan;
    PlanTree m_tree;
};

} // namespace wm::ui
