// SPDX-FileCopyrightText: 2026 WhiteMagic contributors
// SPDX-License-Identifier: MIT
//
// The fast paths of word search against SQLite's own answers: TokenScanner
// numbers tokens as unicode61 does over the whole text; ranking with the
// documents' lengths read once (DocLengths) orders, scores and counts as
// bm25() does, also after the index changed under an open engine; snippets
// cut from the stored text show hits FTS5's highlight() marks, deep in a
// file behind other characters than ASCII, and the cluster bound of
// HitWindow holds. Stored texts (BodyCodec frames) read back whole through
// wm_body() and in pieces through BodyBlob, which decompresses only the
// blocks a prefix needs and reports damage as damage.
#include "SearchTestSupport.h"
#include "search/BodyBlob.h"
#include "search/BodyCodec.h"
#include "search/HitWindow.h"
#include "search/SearchSchema.h"
#include "search/SnippetBuilder.h"
#include "search/SqlStatement.h"
#include "search/SqliteError.h"
#include "search/TokenScanner.h"
#include "search/WordTokenizer.h"

#include <QTemporaryDir>
#include <QTest>
#include <random>

using namespace wmsearchtest;

namespace {

// bm25() with the index's weights, by path.
QHash<QString, double> bm25Scores(wm::SearchIndex &index, const QString &expr)
{
    std::string sql = "SELECT d.path, bm25(fts";
    for (double w : wm::SearchSchema::weights)
        sql += ", " + std::to_string(w);
    sql += ") FROM fts JOIN docs AS d ON d.id = fts.rowid WHERE fts MATCH ?1";
    wm::SqlStatement st(index.db().handle(), sql);
    st.bind(1, expr);
    QHash<QString, double> out;
    while (st.step())
        out.insert(st.text(0), st.real(1));
    return out;
}

wm::SearchResult searchAll(wm::SearchEngine &engine, const QString &query)
{
    wm::SearchQuery q;
    q.text = query;
    q.limit = 100000;
    return engine.search(q);
}

// The lengths read once rank exactly as FTS5's per-row lengths, and in
// bm25()'s order (wm_rank leaves out a constant factor for one phrase).
void compareRankings(wm::SearchIndex &index, wm::SearchEngine &cached, wm::SearchEngine &perRow,
                     const QString &query)
{
    const wm::SearchResult a = searchAll(cached, query);
    const wm::SearchResult b = searchAll(perRow, query);
    QVERIFY2(a.ok() && b.ok(), qPrintable(a.error + b.error));
    const QHash<QString, double> ref = bm25Scores(index, a.expression);
    QCOMPARE(a.total, qint64(ref.size()));
    QCOMPARE(b.total, a.total);
    QCOMPARE(a.hits.size(), b.hits.size());
    double last = -1e300;
    for (size_t i = 0; i < a.hits.size(); ++i) {
        QCOMPARE(a.hits[i].path, b.hits[i].path);
        QCOMPARE(a.hits[i].score, b.hits[i].score);
        QCOMPARE(a.hits[i].snippet, b.hits[i].snippet);
        const double score = ref.value(a.hits[i].path, 1e300);
        QVERIFY2(score >= last - 1e-9 * std::max(1.0, std::abs(last)),
                 qPrintable(QStringLiteral("%1: %2 after %3").arg(query).arg(score).arg(last)));
        last = score;
    }
}

} // namespace

class TestSearchSnippets : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_tmp;

private Q_SLOTS:
    void tokenScannerLikeUnicode61()
    {
        wm::WordTokenizer reference;
        wm::TokenScanner scanner;
        QVERIFY(reference.isValid() && scanner.isValid());
        const char *pieces[] = {"alpha",    "x86_64", " ",     "\n", "(",    ")", "::", "-",
                                "café",     "東京",   "über",  "—",  "🙂", "é", "2",  "_",
                                "\xcc\x81", ".",      "Ωmega", "ﬁ",  "\t",   "'", "ß"};
        std::mt19937 rng(20261201);
        for (int round = 0; round < 300; ++round) {
            std::string text;
            const int n = 1 + int(rng() % 60);
            for (int i = 0; i < n; ++i)
                text += pieces[rng() % std::size(pieces)];
            const wm::TokenList ref = reference.tokenize(text);
            QVERIFY(ref.valid);
            std::vector<std::pair<size_t, size_t>> ours;
            scanner.scan(text, true, [&](int index, size_t b, size_t e) {
                if (size_t(index) != ours.size()) return false;
                ours.emplace_back(b, e);
                return true;
            });
            QCOMPARE(ours.size(), ref.tokens.size());
            for (size_t i = 0; i < ours.size(); ++i) {
                QCOMPARE(ours[i].first, size_t(ref.tokens[i].start));
                QCOMPARE(ours[i].second, size_t(ref.tokens[i].end));
            }
            // A prefix: only tokens that cannot go on past it, each as in
            // the whole text.
            const size_t cut = rng() % (text.size() + 1);
            size_t seen = 0;
            bool same = true;
            scanner.scan(std::string_view(text).substr(0, cut), false,
                         [&](int index, size_t b, size_t e) {
                             same = same && size_t(index) == seen && seen < ours.size() &&
                                    ours[seen] == std::make_pair(b, e) && e < cut;
                             ++seen;
                             return true;
                         });
            QVERIFY2(same, qPrintable(QStringLiteral("round %1, cut %2").arg(round).arg(cut)));
        }
    }

    // skip() counts runs of ASCII 16 bytes at a time: a scan from where it
    // stops numbers the tokens as a scan of the whole text does.
    void tokenScannerSkip()
    {
        wm::TokenScanner scanner;
        QVERIFY(scanner.isValid());
        const char *pieces[] = {"alpha", "x86_64", " ", "\n", "(",  ")",    "::",   "_", "2",
                                "kfree", "a_b",    "Z", ";",  "\t", "café", "東京", "-"};
        std::mt19937 rng(20261202);
        int skippedSome = 0;
        for (int round = 0; round < 200; ++round) {
            std::string text;
            const int n = 50 + int(rng() % 600);
            for (int i = 0; i < n; ++i) // other characters than ASCII now and then
                text += pieces[rng() % (round % 3 == 0 ? std::size(pieces) : 14)];
            std::vector<std::pair<size_t, size_t>> all;
            scanner.scan(text, true, [&](int, size_t b, size_t e) {
                all.emplace_back(b, e);
                return true;
            });
            for (int k = 0; k < 6; ++k) {
                const int want = int(rng() % (all.size() + 2));
                size_t from = 0;
                int skipped = 0;
                scanner.skip(text, want, from, skipped);
                QVERIFY(skipped == 0 || skipped < want);
                QVERIFY(from <= text.size());
                skippedSome += skipped > 0 ? 1 : 0;
                std::vector<std::pair<size_t, size_t>> rest;
                bool numbered = true;
                scanner.scan(std::string_view(text).substr(from), true,
                             [&](int t, size_t b, size_t e) {
                                 numbered = numbered && t == int(rest.size());
                                 rest.emplace_back(b + from, e + from);
                                 return true;
                             });
                QVERIFY(numbered);
                QCOMPARE(size_t(skipped) + rest.size(), all.size());
                for (size_t i = 0; i < rest.size(); ++i)
                    QCOMPARE(rest[i], all[size_t(skipped) + i]);
            }
        }
        QVERIFY(skippedSome > 100); // the fast path ran
    }

    void lengthsRankLikeBm25()
    {
        const QString root = m_tmp.filePath(QStringLiteral("rank"));
        const QString db = m_tmp.filePath(QStringLiteral("rank.db"));
        makeFixture(root, 150, 77, 300);
        wm::SearchIndex index;
        QVERIFY(indexAndOpen(root, db, index));
        wm::SearchEngine cached(index.db());
        cached.setLoadLengthsAfter(0);
        wm::SearchEngine perRow(index.db());
        perRow.setLoadLengthsAfter(1 << 30);
        for (const char *query : {"alpha", "alpha bravo", "spin*", "\"alpha bravo\"",
                                  "mutex NOT zulu", "title:tango OR sierra", "kmalloc_array"}) {
            compareRankings(index, cached, perRow, QString::fromLatin1(query));
        }

        // Files changed and added by another connection while the engines
        // keep their copy of the lengths (a changed file keeps its row id):
        // they must see the new lengths.
        QByteArray more;
        for (int i = 0; i < 500; ++i)
            more += "alpha filler words ";
        const wm::SearchResult before = searchAll(cached, QStringLiteral("alpha"));
        QVERIFY(before.hits.size() > 10);
        for (int i = 0; i < 5; ++i) {
            QVERIFY(wmtest::writeFile(root, before.hits[size_t(i)].path, more.left(20 + 900 * i)));
            QVERIFY(wmtest::writeFile(root, QStringLiteral("late%1.txt").arg(i),
                                      more.left(20 + 400 * i)));
        }
        QVERIFY(indexFolder(root, db).fatalError.isEmpty());
        compareRankings(index, cached, perRow, QStringLiteral("alpha"));
        compareRankings(index, cached, perRow, QStringLiteral("filler"));
    }

    // Hits behind other characters than ASCII and beyond the first piece
    // read: the snippet shows the hit, on the right line.
    void deepHitAfterUnicode()
    {
        QTemporaryDir dir;
        QByteArray text;
        for (int i = 0; i < 6000; ++i)
            text += "línea " + QByteArray::number(i) + " café 東京 über—straße\n";
        text += "the needleword is here\n";
        QVERIFY(wmtest::writeFile(dir.path(), QStringLiteral("u.txt"), text));
        const QString db = dir.filePath(QStringLiteral("i.db"));
        wm::SearchIndex index;
        QVERIFY(indexAndOpen(dir.path(), db, index));
        wm::SearchEngine engine(index.db());
        wm::SearchQuery q;
        q.text = QStringLiteral("needleword OR straße");
        const wm::SearchResult r = engine.search(q);
        QCOMPARE(r.hits.size(), size_t(1));
        const wm::SearchHit &h = r.hits.front();
        QCOMPARE(h.line, 1); // the densest cluster: "straße" on every line
        q.text = QStringLiteral("needleword");
        const wm::SearchResult deep = engine.search(q);
        QCOMPARE(deep.hits.size(), size_t(1));
        QCOMPARE(deep.hits.front().line, 6001);
        const wm::HitSpan span = deep.hits.front().hits.value(0);
        QCOMPARE(deep.hits.front().snippet.mid(span.start, span.length),
                 QStringLiteral("needleword"));
    }

    // Frames of texts around the 64 KiB block size read back exactly, whole
    // (wm_body) and by prefixes (BodyBlob); a short prefix of a long text
    // decompresses its first blocks only; a cut or altered frame is damage.
    void storedTextsReadBack()
    {
        wm::SqlConnection db;
        db.open(QStringLiteral(":memory:"), wm::SqlConnection::Mode::ReadWriteCreate);
        db.exec("CREATE TABLE bodies(id INTEGER PRIMARY KEY, lz4 BLOB NOT NULL)");
        std::mt19937 rng(5);
        const size_t block = 64 * 1024;
        const std::vector<size_t> sizes = {0,     1,         100,           block - 1,
                                           block, block + 1, 5 * block + 7, 1536 * 1024};
        std::vector<std::string> texts;
        wm::SqlStatement put(db.handle(), "INSERT INTO bodies(id, lz4) VALUES(?1, ?2)");
        std::string frame;
        for (size_t n : sizes) {
            std::string t(n, ' ');
            for (char &c : t) // letters in random order: compresses little
                c = char('a' + rng() % 26);
            for (size_t i = 80; i < n; i += 81)
                t[i] = '\n';
            wm::BodyCodec::compress(t, frame);
            put.bind(1, qint64(texts.size() + 1)).bindBlob(2, frame).exec();
            texts.push_back(std::move(t));
        }
        wm::SqlStatement whole(db.handle(), "SELECT wm_body(lz4) FROM bodies WHERE id = ?1");
        wm::BodyBlob blob(db.handle());
        for (size_t i = 0; i < texts.size(); ++i) {
            const std::string &t = texts[i];
            whole.bind(1, qint64(i + 1));
            QVERIFY(whole.step());
            QVERIFY(whole.textView(0) == t);
            whole.reset();
            QVERIFY(blob.open(qint64(i + 1)));
            QCOMPARE(blob.size(), t.size());
            std::string_view got;
            for (size_t want : {size_t(10), block / 2, block + 3, t.size()}) {
                QVERIFY(blob.prefix(want, got));
                QVERIFY(got.size() >= std::min(want, t.size()));
                QVERIFY(got == std::string_view(t).substr(0, got.size()));
                if (want < t.size())
                    QVERIFY2(got.size() <= want + 2 * block,
                             qPrintable(QString::number(got.size())));
            }
            QCOMPARE(got.size(), t.size());
        }
        QVERIFY(!blob.open(qint64(texts.size() + 1))); // no such row
        // Cut short, a byte of its data changed: both are damage, also
        // when only a prefix is asked for.
        const std::string &big = texts.back();
        wm::BodyCodec::compress(big, frame);
        wm::SqlStatement set(db.handle(), "UPDATE bodies SET lz4 = ?2 WHERE id = ?1");
        for (int kind = 0; kind < 2; ++kind) {
            std::string bad = frame;
            if (kind == 0)
                bad.resize(bad.size() / 2);
            else
                bad[bad.size() / 3] = char(bad[bad.size() / 3] ^ 0x55);
            set.bind(1, qint64(texts.size())).bindBlob(2, bad).exec();
            bool threw = false;
            try {
                std::string_view got;
                QVERIFY(blob.open(qint64(texts.size())));
                blob.prefix(big.size(), got);
            } catch (const wm::SqliteError &e) {
                threw = e.isDamaged();
            }
            QVERIFY2(threw, kind == 0 ? "cut" : "altered");
            whole.bind(1, qint64(texts.size()));
            QVERIFY_THROWS_EXCEPTION(wm::SqliteError, whole.step());
            whole.reset();
            std::string out;
            QVERIFY(!wm::BodyCodec::decompress(bad, out));
        }
    }

    // The densest cluster is looked for within HitWindow::clusterTokens of
    // the first hit: a denser one further on is not shown.
    void clusterBound()
    {
        QTemporaryDir dir;
        QByteArray text = "first pinword here\n";
        for (int i = 0; i < wm::HitWindow::clusterTokens / 4 + 10; ++i)
            text += "aa bb cc dd\n";
        for (int i = 0; i < 8; ++i)
            text += "pinword ";
        text += "\n";
        QVERIFY(wmtest::writeFile(dir.path(), QStringLiteral("c.txt"), text));
        const QString db = dir.filePath(QStringLiteral("i.db"));
        wm::SearchIndex index;
        QVERIFY(indexAndOpen(dir.path(), db, index));
        wm::SearchEngine engine(index.db());
        wm::SearchQuery q;
        q.text = QStringLiteral("pinword");
        const wm::SearchResult r = engine.search(q);
        QCOMPARE(r.hits.size(), size_t(1));
        QCOMPARE(r.hits.front().line, 1);
        QCOMPARE(r.hits.front().hits.size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestSearchSnippets)
#include "tst_searchsnippets.moc"
