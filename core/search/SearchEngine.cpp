#include "SearchEngine.h"

#include "QueryTranslator.h"
#include "SearchSchema.h"
#include "SnippetBuilder.h"
#include "SqlConnection.h"
#include "SqlStatement.h"
#include "SqliteError.h"

#include <QElapsedTimer>
#include <string>

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

    SqlStatement count(db, "SELECT count(*) FROM fts WHERE fts MATCH ?1");
    count.bindText(1, exprView);
    r.total = count.step() ? count.int64(0) : 0;
    count.reset();
    if (r.total == 0 || q.offset >= r.total) return;

    SqlStatement page(
        db, "SELECT rowid, " + bm25Call() +
                " AS score FROM fts WHERE fts MATCH ?1 ORDER BY score, rowid LIMIT ?2 OFFSET ?3");
    page.bindText(1, exprView).bind(2, q.limit).bind(3, q.offset);
    std::vector<std::pair<qint64, double>> rows;
    while (page.step())
        rows.emplace_back(page.int64(0), -page.real(1));
    page.reset();

    SqlStatement detail(db,
                        "SELECT d.path, d.size, d.mtime, d.state, "
                        "highlight(fts, 5, char(1), char(2)), highlight(fts, 3, char(1), char(2)) "
                        "FROM fts JOIN docs AS d ON d.id = fts.rowid "
                        "WHERE fts MATCH ?1 AND fts.rowid = ?2");
    std::string plain;
    std::vector<SnippetBuilder::Range> ranges;
    for (const auto &[id, score] : rows) {
        detail.bindText(1, exprView).bind(2, id);
        if (!detail.step()) {
            detail.reset();
            continue;
        }
        SearchHit h;
        h.path = detail.text(0);
        h.size = detail.int64(1);
        h.mtimeMs = detail.int64(2);
        h.truncated = detail.int64(3) == SearchSchema::Truncated;
        h.score = score;
        SnippetBuilder::unmark(detail.textView(4), plain, ranges);
        SnippetBuilder::Snippet s = SnippetBuilder::build(plain, ranges, q.snippetChars);
        h.snippet = std::move(s.text);
        h.hits = std::move(s.hits);
        h.line = s.line;
        SnippetBuilder::unmark(detail.textView(5), plain, ranges);
        h.title = QString::fromUtf8(plain.data(), qsizetype(plain.size()));
        h.titleHits = SnippetBuilder::spans(plain, ranges);
        detail.reset();
        r.hits.push_back(std::move(h));
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
        db, "SELECT d.id, d.path, d.title, d.size, d.mtime, d.state FROM docs AS d WHERE " + where +
                " ORDER BY d.path LIMIT :limit OFFSET :offset");
    bindAll(page);
    bindNamed(page, ":limit", q.limit);
    bindNamed(page, ":offset", q.offset);
    SqlStatement body(db, "SELECT content FROM bodies WHERE id = ?1");
    std::vector<std::string> terms;
    for (const QString &h : t.highlight)
        terms.push_back(h.toStdString());
    std::vector<SnippetBuilder::Range> ranges, titleRanges;
    while (page.step()) {
        SearchHit h;
        h.path = page.text(1);
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
