// SPDX-FileCopyrightText: 2026 WhiteMagic contributors
// SPDX-License-Identifier: MIT

#include "SearchResultModel.h"

namespace wm::ui {

SearchResultModel::SearchResultModel(QObject *parent) : QAbstractListModel(parent)
{
}

int SearchResultModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_hits.size());
}

QString SearchResultModel::nameOf(const QString &path)
{
    return path.section(QLatin1Char('/'), -1);
}

QString SearchResultModel::folderOf(const QString &path)
{
    const qsizetype slash = path.lastIndexOf(QLatin1Char('/'));
    return slash < 0 ? QString() : path.left(slash);
}

QVariant SearchResultModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= int(m_hits.size())) return {};
    const SearchHit &h = m_hits[size_t(index.row())];
    switch (role) {
    case Qt::DisplayRole:
    case NameRole:
        return nameOf(h.path);
    case Qt::ToolTipRole:
    case PathRole:
        return h.path;
    case FolderRole:
        return folderOf(h.path);
    case TitleRole:
        return h.title;
    case SnippetRole:
        return h.snippet;
    case LineRole:
        return h.line;
    default:
        return {};
    }
}

bool SearchResultModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_fetching && qint64(m_hits.size()) < m_total;
}

void SearchResultModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent)) return;
    m_fetching = true;
    Q_EMIT moreRequested(int(m_hits.size()));
}

void SearchResultModel::reset(std::vector<SearchHit> hits, qint64 total)
{
    beginResetModel();
    m_hits = std::move(hits);
    m_total = total;
    m_fetching = false;
    endResetModel();
}

void SearchResultModel::append(std::vector<SearchHit> hits)
{
    m_fetching = false;
    if (hits.empty()) {
        m_total = qint64(m_hits.size()); // the index shrank meanwhile: stop asking
        return;
    }
    const int first = int(m_hits.size());
    beginInsertRows({}, first, first + int(hits.size()) - 1);
    for (SearchHit &h : hits)
        m_hits.push_back(std::move(h));
    endInsertRows();
}

void SearchResultModel::clear()
{
    reset({}, 0);
}

} // namespace wm::ui
