// SPDX-FileCopyrightText: 2026 WhiteMagic contributors
// SPDX-License-Identifier: MIT

#include "PlanTreeModel.h"

#include "io/NativePath.h"

#include <QLocale>

namespace wm::ui {
namespace {

QString score(double s)
{
    return QLocale().toString(s, 'f', 3);
}

} // namespace

PlanTreeModel::PlanTreeModel(QObject *parent) : QAbstractItemModel(parent)
{
}

void PlanTreeModel::setPlan(ConsolidationPlanPtr plan)
{
    beginResetModel();
    m_plan = std::move(plan);
    m_tree = m_plan ? PlanTree::from(*m_plan) : PlanTree{};
    endResetModel();
}

void PlanTreeModel::clear()
{
    setPlan(nullptr);
}

const PlanTree::Node *PlanTreeModel::node(const QModelIndex &index) const
{
    if (!index.isValid() || index.internalId() == 0) return nullptr;
    return &m_tree.nodes[size_t(index.internalId() - 1)];
}

QModelIndex PlanTreeModel::groupIndex(PlanTree::GroupKind group) const
{
    for (size_t row = 0; row < m_tree.top.size(); ++row)
        if (m_tree.nodes[size_t(m_tree.top[row])].ref == int(group)) return index(int(row), 0);
    return {};
}

int PlanTreeModel::mergeOf(const QModelIndex &index) const
{
    const PlanTree::Node *n = node(index);
    if (!n) return -1;
    if (n->kind == PlanTree::Kind::Cluster || n->kind == PlanTree::Kind::Result) return n->ref;
    if (n->kind == PlanTree::Kind::Note && n->parent >= 0 &&
        m_tree.nodes[size_t(n->parent)].kind == PlanTree::Kind::Cluster)
        return m_tree.nodes[size_t(n->parent)].ref;
    return -1;
}

QModelIndex PlanTreeModel::index(int row, int column, const QModelIndex &parent) const
{
    if (row < 0 || column < 0 || column >= ColumnCount) return {};
    const std::vector<int> *children = &m_tree.top;
    if (parent.isValid()) {
        const PlanTree::Node *p = node(parent);
        if (!p) return {};
        children = &p->children;
    }
    if (row >= int(children->size())) return {};
    return createIndex(row, column, quintptr((*children)[size_t(row)]) + 1);
}

QModelIndex PlanTreeModel::parent(const QModelIndex &child) const
{
    const PlanTree::Node *n = node(child);
    if (!n || n->parent < 0) return {};
    const PlanTree::Node &p = m_tree.nodes[size_t(n->parent)];
    return createIndex(p.row, 0, quintptr(n->parent) + 1);
}

int PlanTreeModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid()) return int(m_tree.top.size());
    if (parent.column() != 0) return 0;
    const PlanTree::Node *n = node(parent);
    return n ? int(n->children.size()) : 0;
}

int PlanTreeModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

QVariant PlanTreeModel::data(const QModelIndex &index, int role) const
{
    const PlanTree::Node *n = node(index);
    if (!n || !m_plan) return {};
    switch (role) {
    case KindRole:
        return int(n->kind);
    case RefRole:
        return n->ref;
    case GroupRole:
        return n->kind == PlanTree::Kind::Group ? QVariant(n->ref) : QVariant();
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        return display(*n, index.column());
    case Qt::TextAlignmentRole:
        return index.column() == Score ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
    default:
        return {};
    }
}

QVariant PlanTreeModel::display(const PlanTree::Node &n, int column) const
{
    const ConsolidationPlan &p = *m_plan;
    switch (n.kind) {
    case PlanTree::Kind::Group:
        return groupText(PlanTree::GroupKind(n.ref), int(n.children.size()), column);
    case PlanTree::Kind::Note:
        return noteText(n, column);
    case PlanTree::Kind::Cluster: {
        const MergeGroup &m = p.merges[size_t(n.ref)];
        if (column == Item) return tr("%Ln note(s) into one", nullptr, int(m.members.size()));
        if (column == Score)
            return m.minScore == m.maxScore
                       ? score(m.maxScore)
                       : tr("%1 – %2").arg(score(m.minScore), score(m.maxScore));
        if (column == Reason)
            return tr("Near-duplicates: %Ln distinct paragraph(s) kept, %1 repeated dropped",
                      nullptr, int(m.paragraphsKept))
                .arg(m.paragraphsDropped);
        return {};
    }
    case PlanTree::Kind::Result: {
        const MergeGroup &m = p.merges[size_t(n.ref)];
        if (column == Item) return NativePath::display(m.resultPath);
        if (column == Reason)
            return tr("The merged note: tags %1; sources in merged_from")
                .arg(m.tags.join(QStringLiteral(", ")));
        return {};
    }
    case PlanTree::Kind::Digest:
        if (column == Item) return NativePath::display(p.digestPath);
        if (column == Reason) return tr("A dated note listing what this run does");
        return {};
    case PlanTree::Kind::Malformed:
        if (column == Item) return NativePath::display(p.malformed[size_t(n.ref)].relPath);
        if (column == Reason) return p.malformed[size_t(n.ref)].reason;
        return {};
    case PlanTree::Kind::Problem:
        return column == Item ? QVariant(p.errors.at(n.ref)) : QVariant();
    }
    return {};
}

QString PlanTreeModel::groupName(PlanTree::GroupKind g)
{
    switch (g) {
    case PlanTree::GroupKind::Archive:
        return tr("Archive");
    case PlanTree::GroupKind::Promote:
        return tr("Promote");
    case PlanTree::GroupKind::Merge:
        return tr("Merge");
    case PlanTree::GroupKind::Digest:
        return tr("Digest");
    case PlanTree::GroupKind::Keep:
        return tr("Keep");
    case PlanTree::GroupKind::Malformed:
        return tr("Malformed (left untouched)");
    case PlanTree::GroupKind::Problems:
        return tr("Unreadable");
    }
    return {};
}

QVariant PlanTreeModel::groupText(PlanTree::GroupKind g, int children, int column) const
{
    if (column == Item) return tr("%1 (%2)").arg(groupName(g)).arg(children);
    if (column != Reason) return {};
    switch (g) {
    case PlanTree::GroupKind::Archive:
        return tr("Short-term notes older than %Ln day(s) go into the run's .tar.lz4 archive",
                  nullptr, m_plan->options.olderThanDays);
    case PlanTree::GroupKind::Promote:
        return tr("Notes tagged %1 move to long_term/")
            .arg(m_plan->options.promoteTags.join(QStringLiteral(", ")));
    case PlanTree::GroupKind::Merge:
        return tr("Each cluster of near-duplicates becomes one note; the originals are archived");
    case PlanTree::GroupKind::Digest:
        return children ? tr("A dated note of what happened") : tr("Nothing to do: no digest");
    case PlanTree::GroupKind::Keep:
        return tr("Left where they are");
    default:
        return {};
    }
}

QVariant PlanTreeModel::noteText(const PlanTree::Node &n, int column) const
{
    const NoteDecision &d = m_plan->notes[size_t(n.ref)];
    switch (column) {
    case Item:
        return NativePath::display(d.relPath);
    case Title:
        return d.title;
    case Score: {
        const PlanTree::Node &parent = m_tree.nodes[size_t(n.parent)];
        if (parent.kind != PlanTree::Kind::Cluster) return {};
        return score(bestScore(parent.ref, n.ref));
    }
    case Reason:
        return d.reason;
    default:
        return {};
    }
}

double PlanTreeModel::bestScore(int merge, qsizetype note) const
{
    double best = 0;
    for (const MergePair &p : m_plan->merges[size_t(merge)].pairs)
        if (p.a == note || p.b == note) best = std::max(best, p.exact ? 1.0 : p.score);
    return best;
}

QVariant PlanTreeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) return {};
    switch (section) {
    case Item:
        return tr("Action / note");
    case Title:
        return tr("Title");
    case Score:
        return tr("Similarity");
    case Reason:
        return tr("Reason");
    default:
        return {};
    }
}

} // namespace wm::ui
