// SPDX-FileCopyrightText: 2026 WhiteMagic contributors
// SPDX-License-Identifier: MIT

#pragma once

#include "DocLengths.h"
#include "SearchQuery.h"
#include "SearchResult.h"

#include <memory>
#include <sqlite3.h>

namespace wm {

class TokenScanner;

// Word mode with the index's own ranking functions (AuxFunctions): one walk
// over the matches counts them, scores each with wm_rank and keeps the best
// page with its hit positions (RankCollector); the page's snippets and
// titles are then cut from the stored text (HitWindow) without evaluating
// the query again. The documents' lengths, which bm25 needs for every
// match, are kept between queries (DocLengths) while the index is unchanged.
class WordSearch
{
public:
    WordSearch();
    ~WordSearch();
    WordSearch(const WordSearch &) = delete;
    WordSearch &operator=(const WordSearch &) = delete;

    // Inside the caller's read transaction; throws SqliteError.
    void run(sqlite3 *db, const SearchQuery &q, const QByteArray &fts, SearchResult &r);

    // Lengths read row by row before all are loaded (RankCollector; -1:
    // half the documents; tests set 0 to take that path at once).
    void setLoadLengthsAfter(qint64 rows) { m_loadAfter = rows; }

private:
    void fillPage(sqlite3 *db, const SearchQuery &q, std::vector<struct RankedRow> &rows,
                  SearchResult &r);

    // Prepared once per connection: preparing costs as much as a small query.
    void prepare(sqlite3 *db);

    sqlite3 *m_db = nullptr;
    std::unique_ptr<class SqlStatement> m_rank;
    std::unique_ptr<class SqlStatement> m_doc;
    DocLengths m_lengths;
    std::unique_ptr<TokenScanner> m_scanner;
    qint64 m_loadAfter = -1;
};

} // namespace wm
