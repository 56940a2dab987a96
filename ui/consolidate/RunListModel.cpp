// SPDX-FileCopyrightText: 2026 WhiteMagic contributors
// SPDX-License-Identifier: MIT

#include "RunListModel.h"

#include <QLocale>
#include <algorithm>

namespace wm::ui {

RunListModel::RunListModel(QObject *parent) : QAbstractTableModel(parent)
{
}

void RunListModel::setRuns(const RunList &runs)
{
    beginResetModel();
    m_runs.assign(runs.rbegin(), runs.rend());
    endResetModel();
}

const RunInfo *RunListModel::run(int row) const
{
    return row >= 0 && row < int(m_runs.size()) ? &m_runs[size_t(row)] : nullptr;
}

int RunListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_runs.size());
}

int RunListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString RunListModel::stateText(RunInfo::State state)
{
    switch (state) {
    case RunInfo::State::Committed:
        return tr("done");
    case RunInfo::State::Interrupted:
        return tr("interrupted (rolled back at the next start)");
    case RunInfo::State::Unfinished:
        return tr("interrupted (finished at the next start)");
    case RunInfo::State::Restoring:
        return tr("restore interrupted");
    }
    return {};
}

QVariant RunListModel::data(const QModelIndex &index, int role) const
{
    const RunInfo *r = run(index.row());
    if (!r) return {};
    if (role == IdRole) return r->id;
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole) return {};
    switch (index.column()) {
    case Started:
        return r->started.isValid()
                   ? QLocale().toString(r->started.toLocalTime(), QLocale::ShortFormat)
                   : r->id;
    case State:
        return r->error.isEmpty() ? stateText(r->state) : tr("unreadable: %1").arg(r->error);
    case Changes:
        return tr("%1 archived · %2 promoted · %3 merged · %4 created")
            .arg(r->archived)
            .arg(r->promoted)
            .arg(r->merged)
            .arg(r->created);
    case Id:
        return r->id;
    default:
        return {};
    }
}

QVariant RunListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) return {};
    switch (section) {
    case Started:
        return tr("Run");
    case State:
        return tr("State");
    case Changes:
        return tr("Changes");
    case Id:
        return tr("Id");
    default:
        return {};
    }
}

} // namespace wm::ui
