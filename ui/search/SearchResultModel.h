// SPDX-FileCopyrightText: 2026 WhiteMagic contributors
// SPDX-License-Identifier: MIT

#pragma once

#include "search/SearchHit.h"

#include <QAbstractListModel>
#include <vector>

namespace wm::ui {

// The ranked hits of the current query, one row each, loaded a page at a
// time: the view asks for more (canFetchMore/fetchMore) when the list is
// scrolled to its end, and the model asks the Search view for the next page.
class SearchResultModel : public QAbstractListModel
{
    Q_OBJECT
public:
    enum Role
    {
        PathRole = Qt::UserRole + 1, // relative path
        NameRole,
        FolderRole,
        TitleRole,
        SnippetRole,
        LineRole,
    };

    explicit SearchResultModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

    // A new query's first page; `total` is the count of all matches.
    void reset(std::vector<SearchHit> hits, qint64 total);
    // The next page (appended to the rows).
    void append(std::vector<SearchHit> hits);
    void clear();

    [[nodiscard]] const SearchHit &hit(int row) const { return m_hits.at(size_t(row)); }
    [[nodiscard]] qint64 total() const { return m_total; }
    [[nodiscard]] bool isFetching() const { return m_fetching; }
    // "docs/a.md" -> name "a.md", folder "docs" ("" at the top).
    static QString nameOf(const QString &path);
    static QString folderOf(const QString &path);

Q_SIGNALS:
    // The view should run the query again from `offset`.
    void moreRequested(int offset);

private:
    std::vector<SearchHit> m_hits;
    qint64 m_total = 0;
    bool m_fetching = false;
};

} // namespace wm::ui
