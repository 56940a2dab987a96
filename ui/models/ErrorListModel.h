// SPDX-FileCopyrightText: 2026 WhiteMagic contributors
// SPDX-License-Identifier: MIT

#pragma once

#include "audit/FileRecord.h"

#include <QAbstractTableModel>
#include <vector>

namespace wm::ui {

// Every file or folder the audit could not read or skipped, with the
// reason: the rows of the errors panel.
class ErrorListModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        Path,
        Reason,
        ColumnCount
    };

    explicit ErrorListModel(QObject *parent = nullptr);

    void clear();
    // Takes the error rows of a batch (one insert for all of them).
    void addBatch(const std::vector<FileRecord> &records);
    [[nodiscard]] int count() const { return int(m_rows.size()); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

Q_SIGNALS:
    void countChanged(int count);

private:
    struct Row
    {
        QString path;
        QString reason;
    };
    std::vector<Row> m_rows;
};

} // namespace wm::ui
