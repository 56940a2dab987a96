// SPDX-FileCopyrightText: 2026 WhiteMagic contributors
// SPDX-License-Identifier: MIT

#pragma once

#include "ConsolidateJob.h"

#include <QAbstractTableModel>

namespace wm::ui {

// The consolidation runs recorded in a memory folder, newest first: when,
// their state and what each changed. Restoring a run undoes it and every
// later one.
class RunListModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        Started,
        State,
        Changes,
        Id,
        ColumnCount
    };
    static constexpr int IdRole = Qt::UserRole + 1;

    explicit RunListModel(QObject *parent = nullptr);

    // `runs` oldest first, as RunHistory lists them.
    void setRuns(const RunList &runs);
    [[nodiscard]] const RunInfo *run(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    [[nodiscard]] static QString stateText(RunInfo::State state);

private:
    RunList m_runs; // newest first
};

} // namespace wm::ui
