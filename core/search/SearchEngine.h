// SPDX-FileCopyrightText: 2026 WhiteMagic contributors
// SPDX-License-Identifier: MIT

#pragma once

#include "DocumentText.h"
#include "SearchQuery.h"
#include "SearchResult.h"

#include <memory>

namespace wm {

class CancelToken;
class SqlConnection;

// Runs queries against an open index (any connection: searches read the
// last committed state and never block the writer, thanks to WAL).
//
// Word mode: the FTS5 expression from QueryTranslator, ranked by bm25 with
// the column weights of SearchSchema (name and title above content), as
// computed by wm_rank (AuxFunctions) in WordSearch: one walk over the
// matches counts them, ranks them and keeps the page's hit positions; the
// page's snippets are then cut from the stored text.
//
// Substring mode: the trigram index finds candidates, SQLite verifies them
// with LIKE (ASCII case-insensitive); results are ordered by path.
class SearchEngine
{
public:
    // Registers the ranking and snippet functions on `db` (AuxFunctions).
    explicit SearchEngine(SqlConnection &db);
    ~SearchEngine();
    SearchEngine(const SearchEngine &) = delete;
    SearchEngine &operator=(const SearchEngine &) = delete;

    SearchResult search(const SearchQuery &query, const CancelToken *cancel = nullptr);

    // The indexed text of `path` (at most `maxBytes` of it, cut on a
    // character boundary) with every hit of `query` in it: FTS5's own
    // highlight() in word mode, the substring rule in substring mode.
    DocumentText document(const QString &path, const SearchQuery &query, qint64 maxBytes,
                          const CancelToken *cancel = nullptr);

    // Whether the trigram index is complete and maintained.
    bool substringAvailable();

    // How many lengths this engine reads row by row before it reads all
    // documents' lengths at once (DocLengths; -1, the default: half the
    // documents). Tests set 0 to take that path on a small index.
    void setLoadLengthsAfter(qint64 rows);

private:
    void searchWords(const SearchQuery &q, const QString &fts, SearchResult &r);
    void searchSubstring(const SearchQuery &q, const struct TranslatedQuery &t, SearchResult &r);

    SqlConnection &m_db;
    bool m_aux = false; // wm_rank/wm_offsets registered (else bm25/highlight)
    std::unique_ptr<class WordSearch> m_words;
};

} // namespace wm
