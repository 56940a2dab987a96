// SPDX-FileCopyrightText: 2026 WhiteMagic contributors
// SPDX-License-Identifier: MIT
//
// The ranking and snippet functions against FTS5's own: wm_rank orders
// results as bm25() with the same column weights does, and every hit
// wm_snippet reports is a stretch FTS5's highlight() marks in that file.
#include "SearchTestSupport.h"
#include "search/SearchSchema.h"
#include "search/SnippetBuilder.h"
#include "search/SqlStatement.h"

#include <QTemporaryDir>
#include <QTest>

using namespace wmsearchtest;

class TestSearchRanking : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_tmp;
    QString m_root, m_db;
    wm::SearchIndex m_index;

    QStringList queries() const
    {
        return {QStringLiteral("alpha"),
                QStringLiteral("zulu"),
                QStringLiteral("alpha bravo"),
                QStringLiteral("alpha OR mutex"),
                QStringLiteral("mutex NOT zulu"),
                QStringLiteral("\"alpha bravo\""),
                QStringLiteral("spin*"),
                QStringLiteral("NEAR(alpha zulu, 3)"),
                QStringLiteral("ext:md alpha"),
                QStringLiteral("title:tango OR sierra"),
                QStringLiteral("kmalloc_array x86_64 node42")};
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_root = m_tmp.filePath(QStringLiteral("tree"));
        m_db = m_tmp.filePath(QStringLiteral("i.db"));
        makeFixture(m_root, 120, 4242, 400);
        QVERIFY(indexAndOpen(m_root, m_db, m_index));
    }

    void rankLikeBm25()
    {
        wm::SearchEngine engine(m_index.db());
        std::string bm25 = "SELECT d.path, bm25(fts";
        for (double w : wm::SearchSchema::weights)
            bm25 += ", " + std::to_string(w);
        bm25 += ") FROM fts JOIN docs AS d ON d.id = fts.rowid WHERE fts MATCH ?1";
        for (const QString &query : queries()) {
            wm::SearchQuery q;
            q.text = query;
            q.limit = 100000;
            const wm::SearchResult r = engine.search(q);
            QVERIFY2(r.ok(), qPrintable(r.error));
            QHash<QString, double> reference;
            wm::SqlStatement st(m_index.db().handle(), bm25);
            st.bind(1, r.expression);
            while (st.step())
                reference.insert(st.text(0), st.real(1));
            QCOMPARE(qint64(reference.size()), r.total);
            QCOMPARE(qint64(r.hits.size()), r.total);
            // Best first by bm25 (lower is better), allowing for rounding.
            double last = -1e300;
            for (const wm::SearchHit &h : r.hits) {
                QVERIFY2(reference.contains(h.path), qPrintable(h.path));
                const double score = reference.value(h.path);
                QVERIFY2(
                    score >= last - 1e-9 * std::max(1.0, std::abs(last)),
                    qPrintable(QStringLiteral("%1: %2 after %3").arg(query).arg(score).arg(last)));
                last = score;
            }
        }
    }

    // A page leaves out the rows that cannot reach it without their lengths
    // (wm_rank's bound): every page, from a fresh engine and from one that
    // remembers lengths, is that slice of the whole ranking (checked against
    // bm25() above), with the same total and the same scores.
    void pagesAreSlicesOfTheRanking()
    {
        wm::SearchEngine whole(m_index.db());
        wm::SearchEngine warm(m_index.db());
        int pages = 0;
        for (const QString &query : queries()) {
            wm::SearchQuery q;
            q.text = query;
            q.limit = 100000;
            const wm::SearchResult all = whole.search(q);
            QVERIFY2(all.ok(), qPrintable(all.error));
            for (const auto &[offset, limit] : {std::pair{0, 1}, {0, 5}, {3, 4}, {17, 10}}) {
                q.offset = offset;
                q.limit = limit;
                wm::SearchEngine fresh(m_index.db());
                for (wm::SearchEngine *engine : {&fresh, &warm}) {
                    const wm::SearchResult page = engine->search(q);
                    QCOMPARE(page.total, all.total);
                    const size_t from = std::min(all.hits.size(), size_t(offset));
                    const size_t to = std::min(all.hits.size(), from + size_t(limit));
                    QCOMPARE(page.hits.size(), to - from);
                    for (size_t i = 0; i < page.hits.size(); ++i) {
                        QCOMPARE(page.hits[i].path, all.hits[from + i].path);
                        QCOMPARE(page.hits[i].score, all.hits[from + i].score);
                    }
                    pages += page.hits.empty() ? 0 : 1;
                }
            }
        }
        QVERIFY(pages > 40);
    }

    void snippetHitsAreHighlights()
    {
        wm::SearchEngine engine(m_index.db());
        int checked = 0;
        for (const QString &query : queries()) {
            wm::SearchQuery q;
            q.text = query;
            q.limit = 100000;
            q.snippetChars = 120;
            const wm::SearchResult r = engine.search(q);
            QVERIFY(r.ok());
            wm::SqlStatement st(
                m_index.db().handle(),
                "SELECT d.path, highlight(fts, 5, char(1), char(2)) FROM fts JOIN docs AS d "
                "ON d.id = fts.rowid WHERE fts MATCH ?1");
            st.bind(1, r.expression);
            QHash<QString, QSet<QString>> marked;
            std::string plain;
            std::vector<wm::SnippetBuilder::Range> ranges;
            while (st.step()) {
                wm::SnippetBuilder::unmark(st.textView(1), plain, ranges);
                QSet<QString> &set = marked[st.text(0)];
                for (const auto &[b, e] : ranges)
                    set.insert(QString::fromUtf8(plain.data() + b, qsizetype(e - b))
                                   .simplified()
                                   .toLower());
            }
            for (const wm::SearchHit &h : r.hits) {
                QVERIFY2(marked[h.path].isEmpty() == h.hits.isEmpty(),
                         qPrintable(query + QLatin1Char(' ') + h.path));
                for (const wm::HitSpan &span : h.hits) {
                    const QString text = h.snippet.mid(span.start, span.length).toLower();
                    QVERIFY2(marked[h.path].contains(text),
                             qPrintable(QStringLiteral("%1 %2: '%3' not highlighted")
                                            .arg(query, h.path, text)));
                    ++checked;
                }
            }
        }
        QVERIFY(checked > 100);
    }

    // A hit deep in a long file: the snippet is cut around it, with the
    // right line number, and the file's start is not shown.
    void deepHit()
    {
        QTemporaryDir dir;
        QByteArray text;
        for (int i = 0; i < 20000; ++i)
            text += "filler words on line " + QByteArray::number(i) + "\n";
        text += "the needleword is here\n";
        QVERIFY(wmtest::writeFile(dir.path(), QStringLiteral("long.txt"), text));
        const QString db = dir.filePath(QStringLiteral("i.db"));
        wm::SearchIndex index;
        QVERIFY(indexAndOpen(dir.path(), db, index));
        wm::SearchEngine engine(index.db());
        wm::SearchQuery q;
        q.text = QStringLiteral("needleword");
        const wm::SearchResult r = engine.search(q);
        QCOMPARE(r.hits.size(), size_t(1));
        const wm::SearchHit &h = r.hits.front();
        QCOMPARE(h.line, 20001);
        QVERIFY(h.snippet.startsWith(QChar(0x2026)));
        QVERIFY(!h.snippet.contains(QLatin1String("line 0 ")));
        QCOMPARE(h.snippet.mid(h.hits.at(0).start, h.hits.at(0).length),
                 QStringLiteral("needleword"));
    }
};

QTEST_GUILESS_MAIN(TestSearchRanking)
#include "tst_searchranking.moc"
