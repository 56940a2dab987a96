// SPDX-FileCopyrightText: 2026 WhiteMagic contributors
// SPDX-License-Identifier: MIT

#include "WordSearch.h"

#include "HitWindow.h"
#include "RankCollector.h"
#include "SearchLogging.h"
#include "SearchSchema.h"
#include "SnippetBuilder.h"
#include "SqlStatement.h"
#include "TokenScanner.h"

#include <QElapsedTimer>
#include <string>

namespace wm {
namespace {

std::string rankSql()
{
    std::string s = "SELECT wm_rank(fts, ?2";
    for (double w : SearchSchema::weights)
        s += ", " + std::to_string(w);
    return s + ") FROM fts WHERE fts MATCH ?1";
}

// Leaves a kept statement reset and unbound however the scope ends (an
// interrupted or failed step throws): a statement left running would hold
// the read transaction and the collector's address.
class ResetOnExit
{
public:
    explicit ResetOnExit(SqlStatement &st) : m_st(st.handle()) {}
    ~ResetOnExit()
    {
        sqlite3_reset(m_st);
        sqlite3_clear_bindings(m_st);
    }
    ResetOnExit(const ResetOnExit &) = delete;
    ResetOnExit &operator=(const ResetOnExit &) = delete;

private:
    sqlite3_stmt *m_st;
};

// Pages read from the file (not found in SQLite's cache) so far.
int cacheMisses(sqlite3 *db)
{
    int current = 0, highwater = 0;
    sqlite3_db_status(db, SQLITE_DBSTATUS_CACHE_MISS, &current, &highwater, 0);
    return current;
}

// Closes the lengths' blob handle however the ranking ends.
class LengthsDone
{
public:
    explicit LengthsDone(DocLengths &lengths) : m_lengths(lengths) {}
    ~LengthsDone() { m_lengths.end(); }
    LengthsDone(const LengthsDone &) = delete;
    LengthsDone &operator=(const LengthsDone &) = delete;

private:
    DocLengths &m_lengths;
};

} // namespace

WordSearch::WordSearch() = default;
WordSearch::~WordSearch() = default;

void WordSearch::prepare(sqlite3 *db)
{
    if (db == m_db) return;
    // Another connection (the index was reopened): the old one's statements
    // and lengths are no use.
    m_rank.reset();
    m_doc.reset();
    m_lengths.clear();
    m_rank = std::make_unique<SqlStatement>(db, rankSql());
    m_doc = std::make_unique<SqlStatement>(
        db, "SELECT path, size, mtime, state, title, key FROM docs WHERE id = ?1");
    m_db = db;
}

void WordSearch::run(sqlite3 *db, const SearchQuery &q, const QByteArray &fts, SearchResult &r)
{
    QElapsedTimer phase;
    phase.start();
    prepare(db);
    m_lengths.begin(db);
    RankCollector collector(size_t(q.offset) + size_t(q.limit), &m_lengths, m_loadAfter);
    {
        SqlStatement &ranked = *m_rank;
        const ResetOnExit rankedDone(ranked);
        const LengthsDone lengthsDone(m_lengths);
        ranked.bindText(1, std::string_view(fts.constData(), size_t(fts.size())));
        sqlite3_bind_pointer(ranked.handle(), 2, &collector, RankCollector::pointerType, nullptr);
        while (ranked.step()) {
        }
    }
    r.total = collector.total();
    qCDebug(lcSearch) << "ranked" << r.total << "at" << phase.nsecsElapsed() / 1e6 << "ms,"
                      << cacheMisses(db) << "pages read";
    std::vector<RankedRow> rows = collector.takeSorted();
    if (size_t(q.offset) >= rows.size()) return;
    rows.erase(rows.begin(), rows.begin() + q.offset);
    fillPage(db, q, rows, r);
    qCDebug(lcSearch) << "snippets at" << phase.nsecsElapsed() / 1e6 << "ms," << cacheMisses(db)
                      << "pages read";
}

void WordSearch::fillPage(sqlite3 *db, const SearchQuery &q, std::vector<RankedRow> &rows,
                          SearchResult &r)
{
    if (!m_scanner) m_scanner = std::make_unique<TokenScanner>();
    SqlStatement &doc = *m_doc;
    const ResetOnExit docDone(doc);
    const int tokens = std::max(8, q.snippetChars / 5);
    HitWindow cutter(db, *m_scanner);
    HitWindow::Result window;
    for (const RankedRow &row : rows) {
        doc.bind(1, row.rowid);
        if (!doc.step()) { // gone from docs: not shown, as a join would not
            doc.reset();
            continue;
        }
        SearchHit h;
        h.path = doc.text(0);
        h.size = doc.int64(1);
        h.mtimeMs = doc.int64(2);
        h.truncated = doc.int64(3) == SearchSchema::Truncated;
        const std::string_view title = doc.textView(4);
        h.title = QString::fromUtf8(title.data(), qsizetype(title.size()));
        h.titleHits = SnippetBuilder::spans(title, HitWindow::ranges(title, row.title, *m_scanner));
        const auto *key = static_cast<const char *>(sqlite3_column_blob(doc.handle(), 5));
        h.pathBytes = QByteArray(key, sqlite3_column_bytes(doc.handle(), 5));
        doc.reset();
        if (cutter.cut(row.rowid, row.content, tokens, window)) {
            SnippetBuilder::Snippet s =
                SnippetBuilder::build(window.text, window.hits, q.snippetChars, window.origin);
            h.snippet = std::move(s.text);
            h.hits = std::move(s.hits);
            h.line = s.line;
        }
        h.score = -row.score;
        r.hits.push_back(std::move(h));
    }
}

} // namespace wm
