// SPDX-FileCopyrightText: 2026 WhiteMagic contributors
// SPDX-License-Identifier: MIT

#pragma once

#include "audit/AuditTotals.h"
#include "audit/FileRecord.h"

#include <QAbstractTableModel>
#include <QLocale>
#include <vector>

namespace wm::ui {

// The audit's rows, in the order they arrived, held once: the engine runs
// stream-only and the report is built from these records (rows()). Rows
// only ever grow, a batch at a time with one beginInsertRows, or are
// cleared for a new scan. Sorting and filtering live in AuditProxyModel.
class AuditTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Roles
    {
        // The raw value a column sorts by (qint64 for numbers, QString else).
        SortRole = Qt::UserRole + 1,
        // The path relative to the root, for the preview and the tree.
        PathRole,
        ErrorRole,
    };

    explicit AuditTableModel(QObject *parent = nullptr);

    void clear(const QString &root);
    void appendBatch(std::vector<FileRecord> &&records);

    [[nodiscard]] const QString &root() const { return m_root; }
    [[nodiscard]] const std::vector<FileRecord> &rows() const { return m_rows; }
    [[nodiscard]] const FileRecord &record(int row) const { return m_rows[size_t(row)]; }
    [[nodiscard]] const AuditTotals &totals() const { return m_totals; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    QString m_root;
    std::vector<FileRecord> m_rows;
    AuditTotals m_totals;
    QLocale m_locale;
};

} // namespace wm::ui
