// SPDX-FileCopyrightText: 2026 WhiteMagic contributors
// SPDX-License-Identifier: MIT

#include "SearchEngine.h"

#include "AuxFunctions.h"
#include "QueryTranslator.h"
#include "SearchLogging.h"
#include "SearchSchema.h"
#include "SnippetBuilder.h"
#include "SqlConnection.h"
#include "SqlStatement.h"
#include "SqliteError.h"
#include "WordSearch.h"

#include <QElapsedTimer>
#include <algorithm>
#include <cstddef>
#include <string>
#include <unordered_map>

namespace wm {
namespace {

std::string bm25Call()
{
    std::string s = "bm25(fts";
    for (double w : SearchSchema::weights)
        s += ", " + std::to_string(w);
    return s + ")";
}

std::string_view blobView(const SqlStatement &st, int col)
{
    const auto *p = static_cast<const char *>(sqlite3_column_blob(st.handle(), col));
    return p ? std::string_view(p, size_t(sqlite3_column_bytes(st.handle(), col)))
             : std::string_view();
}

void bindNamed(SqlStatement &st, const char *name, qint64 value)
{
    const int index = sqlite3_bind_parameter_index(st.handle(), name);
    if (index > 0) st.bind(index, value);
}

} // namespace

SearchEngine::SearchEngine(SqlConnection &db) : m_db(db), m_words(std::make_unique<WordSearch>())
{
    QString error;
    m_aux = AuxFunctions::registerOn(db.handle(), &error);
    if (!m_aux) qCWarning(lcSearch) << "using FTS5's bm25() and highlight():" << error;
}

SearchEngine::~SearchEngine() = default;

void SearchEngine::setLoadLengthsAfter(qint64 rows)
{
    m_words->setLoadLengthsAfter(rows);
}

bool SearchEngine::substringAvailable()
{
    return m_db.queryText("SELECT value FROM meta WHERE key = 'substring'") == QLatin1String("1");
}

SearchResult SearchEngine::search(const SearchQuery &q, const CancelToken *cancel)
{
    SearchResult r;
    QElapsedTimer timer;
    timer.start();
    const TranslatedQuery t = QueryTranslator::translate(
        q.text, q.substring ? QueryTranslator::Mode::Substring : QueryTranslator::Mode::Words);
    if (!t.ok) {
        r.status = SearchResult::Status::BadQuery;
        r.error = t.error;
        r.errorColumn = t.errorColumn;
        return r;
    }
    m_db.setCancelToken(cancel);
    try {
        // One read transaction: the count and the page see the same snapshot
        // even while a writer commits batches.
        m_db.exec("BEGIN");
        if (q.substring) {
            r.expression = t.where;
            if (!substringAvailable()) {
                r.status = SearchResult::Status::NotAvailable;
                r.error = QStringLiteral("this index has no substring index yet");
            } else {
                searchSubstring(q, t, r);
            }
        } else if (m_aux) {
            r.expression = t.fts;
            m_words->run(m_db.handle(), q, t.fts.toUtf8(), r);
        } else {
            r.expression = t.fts;
            searchWords(q, t.fts, r);
        }
        m_db.exec("COMMIT");
    } catch (const SqliteError &e) {
        sqlite3_exec(m_db.handle(), "ROLLBACK", nullptr, nullptr, nullptr);
        r.hits.clear();
        r.status = e.isInterrupt() ? SearchResult::Status::Cancelled : SearchResult::Status::Failed;
        r.damaged = e.isDamaged();
        r.error = QString::fromUtf8(e.what());
    }
    m_db.setCancelToken(nullptr);
    r.elapsedMs = double(timer.nsecsElapsed()) / 1e6;
    return r;
}

void SearchEngine::searchWords(const SearchQuery &q, const QString &fts, SearchResult &r)
{
    const QByteArray expr = fts.toUtf8();
    const std::string_view exprView(expr.constData(), size_t(expr.size()));
    sqlite3 *db = m_db.handle();

    // Without the index's own functions (an SQLite whose FTS5 API is out of
    // reach): bm25() over all matches, then highlight() for the page.
    SqlStatement ranked(db, "SELECT rowid, " + bm25Call() + " FROM fts WHERE fts MATCH ?1");
    ranked.bindText(1, exprView);
    std::vector<std::pair<double, qint64>> rows; // (score: lower is better, rowid)
    while (ranked.step())
        rows.emplace_back(ranked.real(1), ranked.int64(0));
    ranked.reset();
    r.total = qint64(rows.size());
    if (r.total == 0 || q.offset >= r.total) return;
    const size_t end = std::min(rows.size(), size_t(q.offset) + size_t(q.limit));
    std::partial_sort(rows.begin(), rows.begin() + std::ptrdiff_t(end), rows.end());
    rows.erase(rows.begin() + std::ptrdiff_t(end), rows.end());
    rows.erase(rows.begin(), rows.begin() + q.offset);

    // Snippets for the page only, in one more evaluation restricted to the
    // page's rowid range (the unary + keeps SQLite from turning the IN
    // list into one evaluation per row).
    std::string ids;
    qint64 lo = rows.front().second, hi = lo;
    for (const auto &row : rows) {
        ids += (ids.empty() ? "" : ",") + std::to_string(row.second);
        lo = std::min(lo, row.second);
        hi = std::max(hi, row.second);
    }
    SqlStatement detail(db, "SELECT fts.rowid, d.path, d.size, d.mtime, d.state, "
                            "highlight(fts, 5, char(1), char(2)), "
                            "highlight(fts, 3, char(1), char(2)), d.key "
                            "FROM fts JOIN docs AS d ON d.id = fts.rowid WHERE fts MATCH ?1 "
                            "AND fts.rowid BETWEEN ?2 AND ?3 AND +fts.rowid IN (" +
                                ids + ")");
    detail.bindText(1, exprView).bind(2, lo).bind(3, hi);
    std::unordered_map<qint64, SearchHit> byId;
    std::string plain;
    std::vector<SnippetBuilder::Range> ranges;
    while (detail.step()) {
        SearchHit h;
        h.path = detail.text(1);
        h.pathBytes = QByteArray::fromStdString(std::string(blobView(detail, 7)));
        h.size = detail.int64(2);
        h.mtimeMs = detail.int64(3);
        h.truncated = detail.int64(4) == SearchSchema::Truncated;
        SnippetBuilder::unmark(detail.textView(5), plain, ranges);
        SnippetBuilder::Snippet s = SnippetBuilder::build(plain, ranges, q.snippetChars);
        h.snippet = std::move(s.text);
        h.hits = std::move(s.hits);
        h.line = s.line;
        SnippetBuilder::unmark(detail.textView(6), plain, ranges);
        h.title = QString::fromUtf8(plain.data(), qsizetype(plain.size()));
        h.titleHits = SnippetBuilder::spans(plain, ranges);
        byId.emplace(detail.int64(0), std::move(h));
    }
    detail.reset();
    for (const auto &[score, id] : rows) {
        const auto it = byId.find(id);
        if (it == byId.end()) continue;
        it->second.score = -score;
        r.hits.push_back(std::move(it->second));
    }
}

void SearchEngine::searchSubstring(const SearchQuery &q, const TranslatedQuery &t, SearchResult &r)
{
    sqlite3 *db = m_db.handle();
    const std::string where = "d.state IN (0, 1) AND " + t.where.toStdString();
    std::vector<QByteArray> params;
    for (const QString &p : t.params)
        params.push_back(p.toUtf8());
    const auto bindAll = [&](SqlStatement &st) {
        for (size_t i = 0; i < params.size(); ++i)
            st.bindText(int(i + 1),
                        std::string_view(params[i].constData(), size_t(params[i].size())));
    };

    SqlStatement count(db, "SELECT count(*) FROM docs AS d WHERE " + where);
    bindAll(count);
    r.total = count.step() ? count.int64(0) : 0;
    count.reset();
    if (r.total == 0 || q.offset >= r.total) return;

    SqlStatement page(
        db, "SELECT d.id, d.path, d.title, d.size, d.mtime, d.state, d.key FROM docs AS d WHERE " +
                where + " ORDER BY d.path LIMIT :limit OFFSET :offset");
    bindAll(page);
    bindNamed(page, ":limit", q.limit);
    bindNamed(page, ":offset", q.offset);
    SqlStatement body(db, "SELECT content FROM bodytext WHERE id = ?1");
    std::vector<std::string> terms;
    for (const QString &h : t.highlight)
        terms.push_back(h.toStdString());
    std::vector<SnippetBuilder::Range> ranges, titleRanges;
    while (page.step()) {
        SearchHit h;
        h.path = page.text(1);
        h.pathBytes = QByteArray::fromStdString(std::string(blobView(page, 6)));
        h.title = page.text(2);
        h.size = page.int64(3);
        h.mtimeMs = page.int64(4);
        h.truncated = page.int64(5) == SearchSchema::Truncated;
        body.bind(1, page.int64(0));
        if (body.step()) {
            ranges.clear();
            h.score = double(SnippetBuilder::findAll(blobView(body, 0), terms, ranges));
            SnippetBuilder::Snippet s =
                SnippetBuilder::build(blobView(body, 0), ranges, q.snippetChars);
            h.snippet = std::move(s.text);
            h.hits = std::move(s.hits);
            h.line = s.line;
        }
        body.reset();
        const std::string title = h.title.toStdString();
        titleRanges.clear();
        SnippetBuilder::findAll(title, terms, titleRanges);
        h.titleHits = SnippetBuilder::spans(title, titleRanges);
        r.hits.push_back(std::move(h));
    }
    page.reset();
}

} // namespace wm

namespace wm {

DocumentText SearchEngine::document(const QString &path, const SearchQuery &q, qint64 maxBytes,
                                    const CancelToken *cancel)
{
    DocumentText out;
    const TranslatedQuery t = QueryTranslator::translate(
        q.text, q.substring ? QueryTranslator::Mode::Substring : QueryTranslator::Mode::Words);
    if (!t.ok) {
        out.status = DocumentText::Status::BadQuery;
        out.error = t.error;
        return out;
    }
    m_db.setCancelToken(cancel);
    std::string plain;
    std::vector<SnippetBuilder::Range> ranges;
    try {
        m_db.exec("BEGIN");
        SqlStatement meta(m_db.handle(),
                          "SELECT id, size, mtime, state FROM docs WHERE path = ?1 LIMIT 1");
        meta.bind(1, path);
        if (!meta.step()) {
            out.status = DocumentText::Status::NotFound;
            out.error = QStringLiteral("%1 is no longer in the index").arg(path);
        } else {
            const qint64 id = meta.int64(0);
            out.size = meta.int64(1);
            out.mtimeMs = meta.int64(2);
            out.truncated = meta.int64(3) == SearchSchema::Truncated;
            SqlStatement body(m_db.handle(), "SELECT content FROM bodytext WHERE id = ?1");
            body.bind(1, id);
            if (body.step()) plain.assign(body.textView(0));
            body.reset();
            const QByteArray expr = t.fts.toUtf8();
            const std::string_view exprView(expr.constData(), size_t(expr.size()));
            if (q.substring) {
                std::vector<std::string> terms;
                for (const QString &h : t.highlight)
                    terms.push_back(h.toStdString());
                SnippetBuilder::findAll(plain, terms, ranges);
            } else if (m_aux) {
                // A document the query matches by its path only has no row
                // here, and no hits in its text.
                SqlStatement hits(m_db.handle(), "SELECT wm_offsets(fts, 5, ?3) FROM fts "
                                                 "WHERE fts MATCH ?1 AND fts.rowid = ?2");
                hits.bindText(1, exprView).bind(2, id).bind(3, maxBytes);
                if (hits.step()) AuxFunctions::decodeOffsets(blobView(hits, 0), ranges);
            } else {
                SqlStatement marked(m_db.handle(),
                                    "SELECT highlight(fts, 5, char(1), char(2)) "
                                    "FROM fts WHERE fts MATCH ?1 AND fts.rowid = ?2");
                marked.bindText(1, exprView).bind(2, id);
                if (marked.step()) SnippetBuilder::unmark(marked.textView(0), plain, ranges);
            }
        }
        m_db.exec("COMMIT");
    } catch (const SqliteError &e) {
        sqlite3_exec(m_db.handle(), "ROLLBACK", nullptr, nullptr, nullptr);
        out.status =
            e.isInterrupt() ? DocumentText::Status::Cancelled : DocumentText::Status::Failed;
        out.error = QString::fromUtf8(e.what());
    }
    m_db.setCancelToken(nullptr);
    if (!out.ok()) return out;
    out.indexedBytes = qint64(plain.size());
    if (maxBytes >= 0 && qint64(plain.size()) > maxBytes) {
        size_t cut = size_t(maxBytes);
        while (cut > 0 && (static_cast<unsigned char>(plain[cut]) & 0xC0) == 0x80)
            --cut; // not inside a UTF-8 sequence
        plain.resize(cut);
        out.cut = true;
        std::erase_if(ranges, [cut](const SnippetBuilder::Range &r) { return r.second > cut; });
    }
    std::sort(ranges.begin(), ranges.end());
    out.hits = SnippetBuilder::spans(plain, ranges);
    out.text = QString::fromUtf8(plain.data(), qsizetype(plain.size()));
    return out;
}

} // namespace wm
