// SPDX-FileCopyrightText: 2026 WhiteMagic contributors
// SPDX-License-Identifier: MIT

#include "AuditTableModel.h"

#include "AuditColumns.h"
#include "UiLogging.h"

#include <QApplication>
#include <QPalette>

namespace wm::ui {

AuditTableModel::AuditTableModel(QObject *parent) : QAbstractTableModel(parent)
{
}

void AuditTableModel::clear(const QString &root)
{
    beginResetModel();
    m_root = root;
    m_rows = {};
    m_totals = {};
    endResetModel();
}

void AuditTableModel::appendBatch(std::vector<FileRecord> &&records)
{
    if (records.empty()) return;
    const int first = int(m_rows.size());
    beginInsertRows({}, first, first + int(records.size()) - 1);
    if (m_rows.capacity() < m_rows.size() + records.size())
        m_rows.reserve(std::max(m_rows.size() + records.size(), m_rows.size() * 2));
    for (FileRecord &r : records) {
        m_totals.add(r);
        m_rows.push_back(std::move(r));
    }
    endInsertRows();
}

int AuditTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int AuditTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : AuditColumns::Count;
}

QVariant AuditTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const FileRecord &r = m_rows[size_t(index.row())];
    const int c = index.column();
    switch (role) {
    case Qt::DisplayRole:
        if (AuditColumns::isNumeric(c)) {
            // Binaries and unreadable files have no text figures to show.
            if (c != AuditColumns::Bytes && (r.binary || r.hasError())) return {};
            return m_locale.toString(AuditColumns::number(r, c));
        }
        if (c == AuditColumns::Language && r.binary && r.language.isEmpty()) return tr("binary");
        return AuditColumns::text(r, c);
    case Qt::ToolTipRole:
        if (c == AuditColumns::Path) return r.path;
        if (c == AuditColumns::Summary) return AuditColumns::text(r, c);
        return {};
    case Qt::TextAlignmentRole:
        return AuditColumns::isNumeric(c) ? QVariant(Qt::AlignRight | Qt::AlignVCenter)
                                          : QVariant(Qt::AlignLeft | Qt::AlignVCenter);
    case Qt::ForegroundRole:
        // Palette roles, not fixed colours: right in light and dark themes.
        if (r.hasError() && c == AuditColumns::Summary)
            return QApplication::palette().brush(QPalette::Active, QPalette::Link);
        if (r.binary) return QApplication::palette().brush(QPalette::Disabled, QPalette::Text);
        return {};
    case SortRole:
        return AuditColumns::isNumeric(c) ? QVariant(AuditColumns::number(r, c))
                                          : QVariant(AuditColumns::text(r, c));
    case PathRole:
        return r.path;
    case ErrorRole:
        return r.error;
    default:
        return {};
    }
}

QVariant AuditTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal) return {};
    if (role == Qt::DisplayRole) return AuditColumns::title(section);
    if (role == Qt::TextAlignmentRole && AuditColumns::isNumeric(section))
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    return {};
}

} // namespace wm::ui
