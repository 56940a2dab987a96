// SPDX-FileCopyrightText: 2026 WhiteMagic contributors
// SPDX-License-Identifier: MIT

#include "AuditProxyModel.h"

#include "AuditColumns.h"
#include "AuditTableModel.h"
#include "PermutationSort.h"
#include "UiLogging.h"
#include "jobs/ThreadBudget.h"

#include <QElapsedTimer>
#include <QtConcurrent/qtconcurrenttask.h>
#include <algorithm>
#include <numeric>

namespace wm::ui {
namespace {
// Below this many rows a sort is cheaper than a round trip to the pool.
constexpr size_t syncSortRows = 4000;
} // namespace

AuditProxyModel::AuditProxyModel(QObject *parent) : QAbstractProxyModel(parent)
{
    connect(&m_sortWatcher, &QFutureWatcher<std::vector<int>>::finished, this,
            &AuditProxyModel::onBackgroundSortDone);
}

AuditProxyModel::~AuditProxyModel()
{
    // The background sort works on its own copy of the keys; only wait.
    m_sortWatcher.waitForFinished();
}

void AuditProxyModel::setAuditSource(AuditTableModel *source)
{
    beginResetModel();
    if (m_source) disconnect(m_source, nullptr, this, nullptr);
    m_source = source;
    QAbstractProxyModel::setSourceModel(source);
    connect(source, &QAbstractItemModel::modelAboutToBeReset, this,
            &AuditProxyModel::onSourceAboutToReset);
    connect(source, &QAbstractItemModel::modelReset, this, &AuditProxyModel::onSourceReset);
    connect(source, &QAbstractItemModel::rowsInserted, this,
            &AuditProxyModel::onSourceRowsInserted);
    m_order.resize(size_t(source->rowCount()));
    std::iota(m_order.begin(), m_order.end(), 0);
    m_accepted.assign(m_order.size(), 1);
    for (size_t r = 0; r < m_order.size(); ++r)
        m_accepted[r] = accepts(int(r));
    refreshKeys(0);
    if (m_sortColumn >= 0) sortRows(m_order);
    rebuildVisible();
    endResetModel();
}

void AuditProxyModel::setTextFilter(const QString &text)
{
    if (text == m_text) return;
    m_text = text;
    refilter();
}

void AuditProxyModel::setFolderFilter(const QString &folder)
{
    QString prefix = folder;
    if (!prefix.isEmpty() && !prefix.endsWith(QLatin1Char('/'))) prefix += QLatin1Char('/');
    if (prefix == m_folder) return;
    m_folder = prefix;
    refilter();
}

bool AuditProxyModel::accepts(int sourceRow) const
{
    const FileRecord &r = m_source->record(sourceRow);
    if (!m_folder.isEmpty() && !r.path.startsWith(m_folder)) return false;
    if (m_text.isEmpty()) return true;
    return r.path.contains(m_text, Qt::CaseInsensitive) ||
           r.language.contains(m_text, Qt::CaseInsensitive);
}

void AuditProxyModel::refilter()
{
    if (!m_source) return;
    QElapsedTimer t;
    t.start();
    beginResetModel();
    for (size_t r = 0; r < m_accepted.size(); ++r)
        m_accepted[r] = accepts(int(r));
    rebuildVisible();
    endResetModel();
    qCDebug(lcUiModels) << "filter" << m_text << m_folder << "->" << m_visible.size() << "rows in"
                        << t.elapsed() << "ms";
}

void AuditProxyModel::refreshKeys(size_t from)
{
    // Numeric sorts compare cached keys: the merge of every batch touches
    // all rows, and reading them through the records costs a cache miss each.
    const auto &rows = m_source->rows();
    if (!AuditColumns::isNumeric(m_sortColumn)) {
        m_keys.clear();
        return;
    }
    from = std::min(from, m_keys.size()); // rows never keyed yet are keyed now
    m_keys.resize(rows.size());
    for (size_t r = from; r < rows.size(); ++r)
        m_keys[r] = AuditColumns::number(rows[r], m_sortColumn);
}

bool AuditProxyModel::rowLess(int a, int b) const
{
    if (!m_keys.empty()) {
        const qint64 x = m_keys[size_t(a)], y = m_keys[size_t(b)];
        if (x != y) return m_sortOrder == Qt::DescendingOrder ? x > y : x < y;
        return a < b;
    }
    const int c = PermutationSort::compare(m_source->record(a), m_source->record(b), m_sortColumn);
    if (c != 0) return m_sortOrder == Qt::DescendingOrder ? c > 0 : c < 0;
    return a < b; // ties keep the arrival order, as the background sort does
}

void AuditProxyModel::sortRows(std::vector<int> &rows) const
{
    std::sort(rows.begin(), rows.end(), [this](int a, int b) { return rowLess(a, b); });
}

void AuditProxyModel::mergeIntoOrder(std::vector<int> &&fresh)
{
    sortRows(fresh);
    std::vector<int> merged;
    merged.reserve(m_order.size() + fresh.size());
    std::merge(m_order.begin(), m_order.end(), fresh.begin(), fresh.end(),
               std::back_inserter(merged), [this](int a, int b) { return rowLess(a, b); });
    m_order = std::move(merged);
}

void AuditProxyModel::appendVisible(const std::vector<int> &rows)
{
    const int first = int(m_visible.size());
    beginInsertRows({}, first, first + int(rows.size()) - 1);
    for (int r : rows) {
        m_proxyOf[size_t(r)] = int(m_visible.size());
        m_visible.push_back(r);
    }
    endInsertRows();
}

void AuditProxyModel::onSourceRowsInserted(const QModelIndex &parent, int first, int last)
{
    if (parent.isValid()) return;
    m_accepted.resize(size_t(last) + 1, 0);
    m_proxyOf.resize(size_t(last) + 1, -1);
    std::vector<int> fresh;
    fresh.reserve(size_t(last - first + 1));
    std::vector<int> shown;
    for (int r = first; r <= last; ++r) {
        fresh.push_back(r);
        m_accepted[size_t(r)] = accepts(r) ? 1 : 0;
        if (m_accepted[size_t(r)]) shown.push_back(r);
    }
    if (m_sortColumn < 0 || m_sortPending) {
        // Arrival order, or waiting for a background sort that merges these.
        m_order.insert(m_order.end(), fresh.begin(), fresh.end());
        if (!shown.empty()) appendVisible(shown);
        return;
    }
    refreshKeys(size_t(first));
    // The row count changes only inside an insert; the new rows then move
    // to their sorted places in one layout change.
    if (!shown.empty()) appendVisible(shown);
    mergeIntoOrder(std::move(fresh));
    if (!shown.empty()) relayout();
}

void AuditProxyModel::rebuildVisible()
{
    m_visible.clear();
    m_visible.reserve(m_order.size());
    m_proxyOf.assign(m_accepted.size(), -1);
    for (int r : m_order) {
        if (!m_accepted[size_t(r)]) continue;
        m_proxyOf[size_t(r)] = int(m_visible.size());
        m_visible.push_back(r);
    }
}

void AuditProxyModel::relayout()
{
    std::vector<int> after;
    after.reserve(m_visible.size());
    for (int r : m_order)
        if (m_accepted[size_t(r)]) after.push_back(r);
    if (after == m_visible) return; // e.g. the new rows sorted last: nothing moved
    Q_EMIT layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
    const QModelIndexList from = persistentIndexList();
    std::vector<int> sources;
    sources.reserve(size_t(from.size()));
    for (const QModelIndex &i : from)
        sources.push_back(m_visible[size_t(i.row())]);
    m_visible = std::move(after);
    for (size_t p = 0; p < m_visible.size(); ++p)
        m_proxyOf[size_t(m_visible[p])] = int(p);
    QModelIndexList to;
    to.reserve(from.size());
    for (qsizetype i = 0; i < from.size(); ++i)
        to.append(index(m_proxyOf[size_t(sources[size_t(i)])], from[i].column()));
    changePersistentIndexList(from, to);
    Q_EMIT layoutChanged({}, QAbstractItemModel::VerticalSortHint);
}

void AuditProxyModel::sort(int column, Qt::SortOrder order)
{
    if (!m_source) return;
    if (column == m_sortColumn && order == m_sortOrder && !m_sortPending) return;
    m_sortColumn = column;
    m_sortOrder = order;
    const size_t n = m_source->rows().size();
    m_keys.clear();
    if (column < 0 || n <= syncSortRows) {
        m_sortWatcher.cancel();
        m_sortPending = false;
        m_order.resize(n);
        std::iota(m_order.begin(), m_order.end(), 0);
        refreshKeys(0);
        if (column >= 0) sortRows(m_order);
        relayout();
        Q_EMIT sortFinished();
        return;
    }
    // Keys are copied here, on the GUI thread; the sort runs on the pool
    // ahead of queued analysis tasks, and its result is swapped in later.
    m_sortPending = true;
    m_sortSnapshotRows = n;
    PermutationSort::Keys keys =
        PermutationSort::snapshot(m_source->rows(), column, order == Qt::DescendingOrder);
    m_sortWatcher.setFuture(
        QtConcurrent::task([keys = std::move(keys)] { return PermutationSort::sort(keys); })
            .withPriority(10)
            .spawn());
}

void AuditProxyModel::onBackgroundSortDone()
{
    if (!m_sortPending || m_sortWatcher.future().isCanceled() ||
        m_sortWatcher.future().resultCount() == 0)
        return;
    std::vector<int> sorted = m_sortWatcher.future().result();
    if (sorted.size() != m_sortSnapshotRows) return; // a reset came in between
    m_sortPending = false;
    std::vector<int> tail;
    for (size_t r = m_sortSnapshotRows; r < m_source->rows().size(); ++r)
        tail.push_back(int(r));
    m_order = std::move(sorted);
    refreshKeys(0);
    if (!tail.empty()) mergeIntoOrder(std::move(tail));
    relayout();
    Q_EMIT sortFinished();
}

void AuditProxyModel::onSourceAboutToReset()
{
    beginResetModel();
}

void AuditProxyModel::onSourceReset()
{
    m_sortWatcher.cancel();
    m_sortPending = false;
    m_order.clear();
    m_accepted.clear();
    m_visible.clear();
    m_proxyOf.clear();
    const int n = m_source->rowCount();
    for (int r = 0; r < n; ++r) {
        m_order.push_back(r);
        m_accepted.push_back(accepts(r) ? 1 : 0);
    }
    refreshKeys(0);
    if (m_sortColumn >= 0) sortRows(m_order);
    rebuildVisible();
    endResetModel();
}

QModelIndex AuditProxyModel::index(int row, int column, const QModelIndex &parent) const
{
    if (parent.isValid() || row < 0 || column < 0 || row >= int(m_visible.size()) ||
        column >= columnCount())
        return {};
    return createIndex(row, column);
}

QModelIndex AuditProxyModel::parent(const QModelIndex &) const
{
    return {};
}

QModelIndex AuditProxyModel::sibling(int row, int column, const QModelIndex &idx) const
{
    return idx.isValid() ? index(row, column) : QModelIndex();
}

int AuditProxyModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_visible.size());
}

int AuditProxyModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() || !m_source ? 0 : m_source->columnCount();
}

bool AuditProxyModel::hasChildren(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_visible.empty();
}

QModelIndex AuditProxyModel::mapToSource(const QModelIndex &proxyIndex) const
{
    if (!proxyIndex.isValid() || !m_source) return {};
    return m_source->index(m_visible[size_t(proxyIndex.row())], proxyIndex.column());
}

QModelIndex AuditProxyModel::mapFromSource(const QModelIndex &sourceIndex) const
{
    if (!sourceIndex.isValid() || size_t(sourceIndex.row()) >= m_proxyOf.size()) return {};
    const int p = m_proxyOf[size_t(sourceIndex.row())];
    return p < 0 ? QModelIndex() : index(p, sourceIndex.column());
}

QVariant AuditProxyModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (!m_source) return {};
    if (orientation == Qt::Horizontal) return m_source->headerData(section, orientation, role);
    return role == Qt::DisplayRole ? QVariant(section + 1) : QVariant();
}

} // namespace wm::ui
