// SPDX-FileCopyrightText: 2026 WhiteMagic contributors
// SPDX-License-Identifier: MIT
//
// Thousands of random and hostile query strings: the translator either
// produces an expression that SQLite runs without error, or a message
// that says what is wrong and where. Nothing crashes, nothing reaches
// SQLite as syntax.
#include "SearchTestSupport.h"
#include "search/QueryParser.h"
#include "search/QueryTranslator.h"

#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QTest>
#include <cstdio>

using namespace wmsearchtest;

class TestQueryFuzz : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_tmp;
    QString m_root, m_db;
    wm::SearchIndex m_index;
    int m_ran = 0, m_rejected = 0;

    // Groups inside groups, alternating operators: the deepest FTS5 nesting.
    static QString nested(int depth)
    {
        QString q = QStringLiteral("z");
        for (int i = 0; i < depth; ++i)
            q = QStringLiteral("(w%1 %2 %3)")
                    .arg(i)
                    .arg(i % 2 ? QStringLiteral("OR") : QStringLiteral("NOT"), q);
        return q;
    }

    void check(const QString &query)
    {
        if (qEnvironmentVariableIsSet("WM_FUZZ_TRACE")) {
            std::fprintf(stderr, "query: %s\n", query.toUtf8().toHex(' ').constData());
            std::fflush(stderr);
        }
        for (const bool substring : {false, true}) {
            const wm::TranslatedQuery t = wm::QueryTranslator::translate(
                query, substring ? wm::QueryTranslator::Mode::Substring
                                 : wm::QueryTranslator::Mode::Words);
            wm::SearchEngine engine(m_index.db());
            wm::SearchQuery q;
            q.text = query;
            q.substring = substring;
            q.limit = 3;
            const wm::SearchResult r = engine.search(q);
            if (!t.ok) {
                ++m_rejected;
                QVERIFY2(!t.error.isEmpty(), qPrintable(query));
                QVERIFY2(t.errorColumn >= 0 && t.errorColumn <= query.size() + 1,
                         qPrintable(query));
                QCOMPARE(r.status, wm::SearchResult::Status::BadQuery);
                QCOMPARE(r.error, t.error);
                continue;
            }
            ++m_ran;
            QVERIFY2(r.ok(), qPrintable(QStringLiteral("[%1] -> %2: %3")
                                            .arg(QString::fromLatin1(query.toUtf8().toHex(' ')),
                                                 r.expression, r.error)));
            QVERIFY(r.total >= qint64(r.hits.size()));
            for (const wm::SearchHit &h : r.hits)
                for (const wm::HitSpan &s : h.hits)
                    QVERIFY(s.start >= 0 && s.start + s.length <= h.snippet.size());
        }
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_root = m_tmp.filePath(QStringLiteral("tree"));
        m_db = m_tmp.filePath(QStringLiteral("i.db"));
        makeFixture(m_root, 40, 1);
        QVERIFY(indexAndOpen(m_root, m_db, m_index, true));
    }

    void hostile()
    {
        const QStringList queries = {
            QStringLiteral("\""),
            QStringLiteral("\"\""),
            QStringLiteral("\"\"*"),
            QStringLiteral("*"),
            QStringLiteral("**"),
            QStringLiteral("()"),
            QStringLiteral(")("),
            QStringLiteral("(("),
            QStringLiteral("))"),
            QStringLiteral("AND"),
            QStringLiteral("OR OR"),
            QStringLiteral("NOT NOT"),
            QStringLiteral("a NOT"),
            QStringLiteral("NEAR("),
            QStringLiteral("NEAR()"),
            QStringLiteral("NEAR(,)"),
            QStringLiteral("NEAR(a b,)"),
            QStringLiteral("NEAR(a b, 99999999999)"),
            QStringLiteral("NEAR(a b, 1) NEAR(c d, 2)"),
            QStringLiteral("title:"),
            QStringLiteral("title::"),
            QStringLiteral(":"),
            QStringLiteral("::"),
            QStringLiteral("ext:"),
            QStringLiteral("ext:."),
            QStringLiteral("ext:*"),
            QStringLiteral("path:*"),
            QStringLiteral("'; DROP TABLE docs; --"),
            QStringLiteral("\"; DELETE FROM docs; --\""),
            QStringLiteral("a' OR '1'='1"),
            QStringLiteral("{path}: x"),
            QStringLiteral("{path name}: x"),
            QStringLiteral("- x"),
            QStringLiteral("^x"),
            QStringLiteral("x + y"),
            QStringLiteral("rowid:1"),
            QStringLiteral("fts:x"),
            QStringLiteral("content:"),
            QStringLiteral("col : x"),
            QStringLiteral("x\" OR \"y"),
            QStringLiteral("\\\""),
            QStringLiteral("%"),
            QStringLiteral("%%%"),
            QStringLiteral("___"),
            QStringLiteral("\\\\\\"),
            QStringLiteral("a%b_c"),
            QStringLiteral("\x01\x02"),
            QStringLiteral("\x1b[31mred"),
            QString(QChar(0xD800)),
            QString(QChar(0xDC00)) + QStringLiteral("abc"),
            QString(QChar(0xFFFD)).repeated(5),
            QString::fromUtf8("\xF0\x9F\x98\x80 emoji"),
            QString::fromUtf8("東京 AND café"),
            QString(1999, QLatin1Char('x')),
            QString(2001, QLatin1Char('x')),
            QStringLiteral("a ").repeated(127),
            QStringLiteral("a ").repeated(129),
            QString(wm::QueryParser::maxDepth, QLatin1Char('(')) + QStringLiteral("a") +
                QString(wm::QueryParser::maxDepth, QLatin1Char(')')),
            QString(wm::QueryParser::maxDepth + 1, QLatin1Char('(')) + QStringLiteral("a") +
                QString(wm::QueryParser::maxDepth + 1, QLatin1Char(')')),
            nested(wm::QueryParser::maxDepth),
            nested(wm::QueryParser::maxDepth - 1),
            QStringLiteral("a NOT ").repeated(120) + QStringLiteral("b"),
            QStringLiteral("a OR ").repeated(120) + QStringLiteral("b"),
            QStringLiteral("title:").repeated(40) + QStringLiteral("x"),
            QString(500, QLatin1Char('"')),
            QString::fromUtf8("a\0b", 3),
            QStringLiteral("NEAR(\"a b\"* c*, 0)"),
            QStringLiteral("x*y*z"),
            QStringLiteral("tag:(a OR (b NOT c))"),
            QStringLiteral("path:(a/b OR c\\d)"),
            QStringLiteral("name:\"\""),
        };
        for (const QString &q : queries)
            check(q);
    }

    void random()
    {
        const QStringList atoms = {
            QStringLiteral("alpha"), QStringLiteral("zulu"),  QStringLiteral("spin_lock"),
            QStringLiteral("mut*"),  QStringLiteral("\""),    QStringLiteral("("),
            QStringLiteral(")"),     QStringLiteral("AND"),   QStringLiteral("OR"),
            QStringLiteral("NOT"),   QStringLiteral("NEAR("), QStringLiteral(","),
            QStringLiteral("*"),     QStringLiteral(":"),     QStringLiteral("title:"),
            QStringLiteral("ext:"),  QStringLiteral("path:"), QStringLiteral("tag:"),
            QStringLiteral("5"),     QStringLiteral("'"),     QStringLiteral("{"),
            QStringLiteral("}"),     QStringLiteral("^"),     QStringLiteral("-"),
            QStringLiteral("+"),     QStringLiteral("%"),     QStringLiteral("_"),
            QStringLiteral("\\"),    QStringLiteral(";"),     QStringLiteral("é"),
            QStringLiteral("東"),    QString(QChar(0xD83D)),  QString(QChar(0)),
            QStringLiteral("\t"),    QStringLiteral("x"),
        };
        std::mt19937 rng(12345);
        QElapsedTimer t;
        t.start();
        for (int i = 0; i < 4000; ++i) {
            QString q;
            const int n = int(rng() % 12);
            for (int k = 0; k < n; ++k) {
                q += atoms.at(int(rng() % quint32(atoms.size())));
                if (rng() % 2) q += QLatin1Char(' ');
            }
            check(q);
        }
        // Pure noise: random UTF-16 code units, including unpaired surrogates.
        for (int i = 0; i < 1500; ++i) {
            QString q;
            const int n = int(rng() % 30);
            for (int k = 0; k < n; ++k)
                q += QChar(char16_t(rng() % (rng() % 4 == 0 ? 0x10000 : 0x80)));
            check(q);
        }
        qInfo("%d queries ran, %d were rejected with a message, in %lld ms", m_ran, m_rejected,
              static_cast<long long>(t.elapsed()));
        QVERIFY(m_ran > 1000);
        QVERIFY(m_rejected > 1000);
    }
};

QTEST_GUILESS_MAIN(TestQueryFuzz)
#include "tst_queryfuzz.moc"
