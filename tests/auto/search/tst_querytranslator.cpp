// SPDX-FileCopyrightText: 2026 WhiteMagic contributors
// SPDX-License-Identifier: MIT
//
// The query language: what valid queries become (every user term a quoted
// FTS5 string) and what malformed ones are told, with the column.
#include "search/QueryParser.h"
#include "search/QueryTranslator.h"

#include <QTest>

using wm::QueryTranslator;

namespace {
QString s(const char *utf8)
{
    return QString::fromUtf8(utf8);
}
} // namespace

class TestQueryTranslator : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void words_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<QString>("fts");
        QTest::newRow("word") << s("foo") << s("\"foo\"");
        QTest::newRow("two words") << s("foo bar") << s("\"foo\" AND \"bar\"");
        QTest::newRow("explicit and") << s("foo AND bar") << s("\"foo\" AND \"bar\"");
        QTest::newRow("comma") << s("foo, bar") << s("\"foo\" AND \"bar\"");
        QTest::newRow("phrase") << s("\"exact phrase\"") << s("\"exact phrase\"");
        QTest::newRow("prefix") << s("sched*") << s("\"sched\"*");
        QTest::newRow("phrase prefix") << s("\"hello wor\"*") << s("\"hello wor\"*");
        QTest::newRow("or and") << s("a OR b c") << s("\"a\" OR (\"b\" AND \"c\")");
        QTest::newRow("not binds tighter") << s("a b NOT c") << s("\"a\" AND (\"b\" NOT \"c\")");
        QTest::newRow("not chain") << s("a NOT b NOT c") << s("\"a\" NOT \"b\" NOT \"c\"");
        QTest::newRow("parens") << s("(a OR b) c") << s("(\"a\" OR \"b\") AND \"c\"");
        QTest::newRow("lower-case operators are words")
            << s("cats and dogs") << s("\"cats\" AND \"and\" AND \"dogs\"");
        QTest::newRow("field") << s("title:report") << s("{title} : \"report\"");
        QTest::newRow("field spaced") << s("title: report") << s("{title} : \"report\"");
        QTest::newRow("field case") << s("TITLE:report") << s("{title} : \"report\"");
        QTest::newRow("field phrase") << s("name:\"read me\"") << s("{name} : \"read me\"");
        QTest::newRow("field group")
            << s("path:(docs OR guide)") << s("{path} : \"docs\" OR {path} : \"guide\"");
        QTest::newRow("inner field wins")
            << s("title:(a name:b)") << s("{title} : \"a\" AND {name} : \"b\"");
        QTest::newRow("ext") << s("ext:.MD") << s("{ext} : \"md\"");
        QTest::newRow("tag") << s("tag:release") << s("{tags} : \"release\"");
        QTest::newRow("tags") << s("tags:release") << s("{tags} : \"release\"");
        QTest::newRow("content") << s("content:x") << s("{content} : \"x\"");
        QTest::newRow("field value is literal") << s("title:OR") << s("{title} : \"OR\"");
        QTest::newRow("unknown field is a word") << s("std::vector") << s("\"std::vector\"");
        QTest::newRow("url") << s("http://example.org") << s("\"http://example.org\"");
        QTest::newRow("near") << s("NEAR(a \"b c\", 5)") << s("NEAR(\"a\" \"b c\", 5)");
        QTest::newRow("near default") << s("NEAR(a b)") << s("NEAR(\"a\" \"b\", 10)");
        QTest::newRow("near prefix") << s("NEAR(a* b)") << s("NEAR(\"a\"* \"b\", 10)");
        QTest::newRow("field near")
            << s("title:NEAR(a b, 2)") << s("{title} : NEAR(\"a\" \"b\", 2)");
        QTest::newRow("NEAR without paren is a word") << s("NEAR me") << s("\"NEAR\" AND \"me\"");
        QTest::newRow("punctuation dropped") << s("foo -- &&") << s("\"foo\"");
        QTest::newRow("punctuation in or") << s("foo OR ---") << s("\"foo\"");
        QTest::newRow("sql quote") << s("it's") << s("\"it's\"");
        QTest::newRow("fts syntax is literal")
            << s("a^b {c}: d-e +f") << s("\"a^b\" AND \"{c}:\" AND \"d-e\" AND \"+f\"");
        QTest::newRow("underscore") << s("spin_lock") << s("\"spin_lock\"");
        QTest::newRow("unicode") << s("café 東京") << s("\"café\" AND \"東京\"");
        QTest::newRow("nul is a space") << QString::fromUtf8("a\0b", 3) << s("\"a\" AND \"b\"");
    }

    void words()
    {
        QFETCH(QString, query);
        QFETCH(QString, fts);
        const wm::TranslatedQuery t =
            QueryTranslator::translate(query, QueryTranslator::Mode::Words);
        QVERIFY2(t.ok, qPrintable(t.error));
        QCOMPARE(t.fts, fts);
    }

    void errors_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<QString>("message");
        QTest::addColumn<int>("column");
        QTest::newRow("empty") << s("") << s("empty") << 1;
        QTest::newRow("blank") << s("   ") << s("empty") << 4;
        QTest::newRow("open quote") << s("foo \"bar") << s("missing closing '\"'") << 5;
        QTest::newRow("unmatched paren") << s("foo)") << s("unmatched ')'") << 4;
        QTest::newRow("missing paren") << s("(foo bar") << s("missing ')'") << 1;
        QTest::newRow("empty parens") << s("foo ()") << s("empty parentheses") << 5;
        QTest::newRow("leading or")
            << s("OR foo") << s("'OR' at column 1 needs a term before it") << 1;
        QTest::newRow("leading not") << s("NOT foo") << s("a NOT b") << 1;
        QTest::newRow("trailing and")
            << s("foo AND") << s("'AND' at column 5 needs a term after it") << 5;
        QTest::newRow("double operator")
            << s("foo AND OR bar") << s("'AND' at column 5 needs a term after it, not 'OR'") << 5;
        QTest::newRow("trailing not")
            << s("foo NOT") << s("'NOT' at column 5 needs a term after it") << 5;
        QTest::newRow("field without value")
            << s("title:") << s("'title:' at column 1 needs a value") << 1;
        QTest::newRow("field then operator") << s("title: OR x") << s("needs a value") << 1;
        QTest::newRow("lone star") << s("foo *") << s("'*' at column 5 must end a word") << 5;
        QTest::newRow("near one") << s("NEAR(foo)") << s("at least two") << 1;
        QTest::newRow("near distance") << s("NEAR(a b, x)") << s("whole number") << 11;
        QTest::newRow("near negative") << s("NEAR(a b, -1)") << s("whole number") << 11;
        QTest::newRow("near operator") << s("NEAR(a OR b)") << s("words and phrases only") << 8;
        QTest::newRow("near field") << s("NEAR(a title:b)") << s("words and phrases only") << 8;
        QTest::newRow("near open") << s("NEAR(a b") << s("missing ')'") << 5;
        QTest::newRow("nothing searchable") << s("-- &&") << s("nothing to search for") << 0;
        QTest::newRow("not without left")
            << s("--- NOT foo") << s("nothing to search for before it") << 5;
        // The word index drops '+' and '#': "c++" must not silently mean "c".
        QTest::newRow("c++") << s("c++") << s("'++' cannot be searched and 'c' alone") << 1;
        QTest::newRow("c#") << s("lang c#") << s("'#' cannot be searched") << 6;
        QTest::newRow("g++ phrase") << s("\"use g++\"") << s("'++' cannot be searched") << 1;
        QTest::newRow("too long") << QString(3000, QLatin1Char('a')) << s("too long") << 0;
        QTest::newRow("too deep") << QString(40, QLatin1Char('(')) + QStringLiteral("a") +
                                         QString(40, QLatin1Char(')'))
                                  << s("nests too deeply") << wm::QueryParser::maxDepth + 2;
        QString many;
        for (int i = 0; i < 200; ++i)
            many += QStringLiteral("w%1 ").arg(i);
        QTest::newRow("too many terms") << many << s("too many terms") << 531;
    }

    void errors()
    {
        QFETCH(QString, query);
        QFETCH(QString, message);
        QFETCH(int, column);
        const wm::TranslatedQuery t =
            QueryTranslator::translate(query, QueryTranslator::Mode::Words);
        QVERIFY(!t.ok);
        QVERIFY2(t.error.contains(message), qPrintable(t.error));
        QCOMPARE(t.errorColumn, column);
        if (column > 0)
            QVERIFY2(t.error.contains(QStringLiteral("column %1").arg(column)) ||
                         message == QLatin1String("empty") ||
                         message.contains(QLatin1String("too")),
                     qPrintable(t.error));
    }

    void substring()
    {
        using M = QueryTranslator::Mode;
        wm::TranslatedQuery t = QueryTranslator::translate(
            QStringLiteral("spin_lock OR mutex NOT \"a b c\""), M::Substring);
        QVERIFY2(t.ok, qPrintable(t.error));
        QCOMPARE(t.params.size(), 9); // each: trigrams, exact LIKE, path LIKE
        QCOMPARE(t.highlight, (QStringList{QStringLiteral("spin_lock"), QStringLiteral("mutex")}));
        QVERIFY(!t.where.contains(QLatin1String("spin"))); // values are parameters, never SQL text
        QVERIFY(t.params.contains(QStringLiteral("%spin\\_lock%")));
        QVERIFY(t.params.contains(QStringLiteral(
            "\"spi\" AND \"pin\" AND \"in_\" AND \"n_l\" AND \"_lo\" AND \"loc\" AND \"ock\"")));

        t = QueryTranslator::translate(QStringLiteral("ab"), M::Substring);
        QVERIFY(!t.ok);
        QVERIFY(t.error.contains(QLatin1String("at least 3 characters")));
        QCOMPARE(t.errorColumn, 1);
        t = QueryTranslator::translate(QStringLiteral("abc NEAR(a b)"), M::Substring);
        QVERIFY(!t.ok);
        QVERIFY(t.error.contains(QLatin1String("not available with --substring")));
        // Fields need no trigram: short values are fine.
        t = QueryTranslator::translate(QStringLiteral("ext:c name:ab"), M::Substring);
        QVERIFY2(t.ok, qPrintable(t.error));
        QVERIFY(t.where.contains(QLatin1String("d.ext = ")));
        QVERIFY(t.params.contains(QStringLiteral("c")));
    }

    void wordCharacters()
    {
        QVERIFY(QueryTranslator::hasWordCharacter(QStringLiteral("_")));
        QVERIFY(QueryTranslator::hasWordCharacter(QStringLiteral("--x")));
        QVERIFY(QueryTranslator::hasWordCharacter(QStringLiteral("7")));
        QVERIFY(QueryTranslator::hasWordCharacter(
            QString::fromUtf8("\xF0\x9D\x90\x80"))); // U+1D400, a letter beyond the BMP
        QVERIFY(!QueryTranslator::hasWordCharacter(QStringLiteral("-+*&^%$#@!")));
        QVERIFY(!QueryTranslator::hasWordCharacter(QString::fromUtf8("\xF0\x9F\x98\x80"))); // emoji
        QVERIFY(!QueryTranslator::hasWordCharacter(QString(QChar(0xD800)))); // lone surrogate
    }
};

QTEST_GUILESS_MAIN(TestQueryTranslator)
#include "tst_querytranslator.moc"
