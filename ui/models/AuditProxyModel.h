// SPDX-FileCopyrightText: 2026 WhiteMagic contributors
// SPDX-License-Identifier: MIT

#pragma once

#include <QAbstractProxyModel>
#include <QFutureWatcher>
#include <vector>

namespace wm::ui {

class AuditTableModel;

// Sorting and filtering for the audit table, built for 100,000 rows arriving
// live. QSortFilterProxyModel with dynamic sorting re-sorts on every batch
// and blocked the GUI thread ~200 ms per batch here; this proxy instead
// keeps a permutation of the source rows:
//  - unsorted, a batch is appended (one beginInsertRows);
//  - sorted, the batch is sorted on its own and merged into the permutation
//    (O(rows) integer moves), announced as one insert at the end followed by
//    one layout change that moves the new rows into place;
//  - a new sort column sorts a snapshot of the keys on a pool thread; rows
//    arriving meanwhile wait at the end and are merged in when it is swapped
//    in with one layout change.
// The filter (path/language substring, and a folder prefix from the tree)
// is kept per source row, so a batch costs only its own rows.
class AuditProxyModel : public QAbstractProxyModel
{
    Q_OBJECT
public:
    explicit AuditProxyModel(QObject *parent = nullptr);
    ~AuditProxyModel() override;

    void setAuditSource(AuditTableModel *source);
    void setTextFilter(const QString &text);
    // A folder relative to the root ("" for all); rows under it stay.
    void setFolderFilter(const QString &folder);
    [[nodiscard]] const QString &textFilter() const { return m_text; }
    [[nodiscard]] const QString &folderFilter() const { return m_folder; }
    [[nodiscard]] int sortColumn() const { return m_sortColumn; }
    [[nodiscard]] Qt::SortOrder sortOrder() const { return m_sortOrder; }
    // A re-sort is running in the background.
    [[nodiscard]] bool isSorting() const { return m_sortPending; }

    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    QModelIndex sibling(int row, int column, const QModelIndex &idx) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    bool hasChildren(const QModelIndex &parent = {}) const override;
    QModelIndex mapToSource(const QModelIndex &proxyIndex) const override;
    QModelIndex mapFromSource(const QModelIndex &sourceIndex) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

Q_SIGNALS:
    void sortFinished();

private:
    void onSourceAboutToReset();
    void onSourceReset();
    void onSourceRowsInserted(const QModelIndex &parent, int first, int last);
    void onBackgroundSortDone();
    [[nodiscard]] bool accepts(int sourceRow) const;
    [[nodiscard]] bool rowLess(int a, int b) const;
    void sortRows(std::vector<int> &rows) const;
    void mergeIntoOrder(std::vector<int> &&fresh);
    void appendVisible(const std::vector<int> &rows);
    void rebuildVisible();
    // Rebuilds the visible rows from m_order as one layout change, moving
    // persistent indexes (selection, current row) with their rows.
    void relayout();
    void refilter();
    void refreshKeys(size_t from);

    AuditTableModel *m_source = nullptr;
    std::vector<int> m_order;     // every source row, in display order
    std::vector<char> m_accepted; // per source row: passes the filter
    std::vector<int> m_visible;   // proxy row -> source row
    std::vector<int> m_proxyOf;   // source row -> proxy row, or -1
    std::vector<qint64> m_keys;   // per source row: the numeric sort column's value
    QString m_text;
    QString m_folder;
    int m_sortColumn = -1;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
    bool m_sortPending = false;
    size_t m_sortSnapshotRows = 0;
    QFutureWatcher<std::vector<int>> m_sortWatcher;
};

} // namespace wm::ui
