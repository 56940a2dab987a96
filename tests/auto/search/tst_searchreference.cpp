// SPDX-FileCopyrightText: 2026 WhiteMagic contributors
// SPDX-License-Identifier: MIT
//
// Search results against an independent reference: for words, phrases and
// prefixes, the set of files wm finds equals the set ripgrep finds with the
// same case-insensitive word boundaries (rg -i -w); substring mode against
// rg -i -F; boolean operators against set algebra over rg's per-word sets.
#include "SearchTestSupport.h"

#include <QTemporaryDir>
#include <QTest>
#include <functional>

using namespace wmsearchtest;

class TestSearchReference : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_tmp;
    QString m_root;
    QString m_db;

    QSet<QString> rgWord(const QString &pattern)
    {
        return rgFiles(m_root, {QStringLiteral("-l"), QStringLiteral("-i"), QStringLiteral("-w"),
                                QStringLiteral("-e"), pattern});
    }

private Q_SLOTS:
    void initTestCase()
    {
        if (!wmtest::hasTool(QStringLiteral("rg")))
            QSKIP("rg (ripgrep) is needed as the reference");
        QVERIFY(m_tmp.isValid());
        m_root = m_tmp.filePath(QStringLiteral("tree"));
        m_db = m_tmp.filePath(QStringLiteral("index.db"));
        makeFixture(m_root, 160, 20240601);
        const wm::IndexStats s = indexFolder(m_root, m_db, /*substring*/ true);
        QVERIFY2(s.fatalError.isEmpty(), qPrintable(s.fatalError));
        QVERIFY(s.added > 100);
    }

    void words_data()
    {
        QTest::addColumn<QString>("word");
        for (const QString &w : vocabulary()) {
            bool ascii = true;
            for (QChar c : w)
                ascii = ascii && c.unicode() < 128;
            if (ascii) QTest::newRow(qPrintable(w)) << w;
        }
        // Absent words, a case variant, a word only in the binary, a word only
        // in ignored and hidden files, words around invalid UTF-8.
        for (const char *w :
             {"absentword", "SPINNER", "binary", "ignored", "hidden", "echo", "india", "golf"})
            QTest::newRow(w) << QString::fromLatin1(w);
    }

    void words()
    {
        QFETCH(QString, word);
        const QSet<QString> ours = searchPaths(m_root, m_db, word);
        const QSet<QString> ref = rgWord(word);
        QVERIFY2(ours == ref, qPrintable(describeDiff(ours, ref)));
    }

    // wm repairs invalid bytes to U+FFFD, which separates words. rg's
    // Unicode mode never matches \W on an invalid byte, so a word touching
    // one is no word to it; its byte mode (--no-unicode) agrees with wm.
    void invalidUtf8Boundaries()
    {
        for (const char *w : {"edgeone", "edgetwo", "edgethree", "edgefour", "edgefive"}) {
            const QString word = QString::fromLatin1(w);
            const QSet<QString> ours = searchPaths(m_root, m_db, word);
            QCOMPARE(ours, QSet<QString>{QStringLiteral("d02/touching.txt")});
            const QSet<QString> ref =
                rgFiles(m_root, {QStringLiteral("--no-unicode"), QStringLiteral("-l"),
                                 QStringLiteral("-i"), QStringLiteral("-w"), word});
            QVERIFY2(ours == ref, qPrintable(describeDiff(ours, ref)));
        }
        // Phrases across invalid bytes (broken.txt: "delta \xc3 golf"). In
        // byte mode rg also takes UTF-8 letters for separators, so only the
        // two files without any are compared.
        const QSet<QString> invalidFiles = {QStringLiteral("d02/broken.txt"),
                                            QStringLiteral("d02/touching.txt")};
        for (const char *p : {"delta golf", "hotel india", "edgetwo edgethree"}) {
            const QString phrase = QString::fromLatin1(p);
            const QSet<QString> ours =
                searchPaths(m_root, m_db, QLatin1Char('"') + phrase + QLatin1Char('"'));
            QVERIFY(!ours.isEmpty());
            const QSet<QString> ref =
                rgFiles(m_root,
                        {QStringLiteral("--no-unicode"), QStringLiteral("-l"), QStringLiteral("-i"),
                         QStringLiteral("-w"), QStringLiteral("-U"), QStringLiteral("-e"),
                         QString(phrase).replace(QLatin1Char(' '), QStringLiteral("\\W+"))}) &
                invalidFiles;
            QVERIFY2((ours & invalidFiles) == ref, qPrintable(describeDiff(ours, ref)));
        }
    }

    void phrases_data()
    {
        QTest::addColumn<QString>("first");
        QTest::addColumn<QString>("second");
        const QStringList pairs = {
            QStringLiteral("alpha bravo"),   QStringLiteral("tango zulu"),
            QStringLiteral("mutex kmalloc"), QStringLiteral("spin_lock mutex"),
            QStringLiteral("node42 x86_64"), QStringLiteral("echo echo"),
            QStringLiteral("sierra tango"),  QStringLiteral("delta hotel"),
            QStringLiteral("papa quebec"),   QStringLiteral("lima absentword")};
        for (const QString &p : pairs)
            QTest::newRow(qPrintable(p))
                << p.section(QLatin1Char(' '), 0, 0) << p.section(QLatin1Char(' '), 1, 1);
    }

    void phrases()
    {
        QFETCH(QString, first);
        QFETCH(QString, second);
        // FTS5 phrase: consecutive words, whatever separates them (spaces,
        // punctuation, line breaks), which is rg -w -U 'a\W+b'.
        const QSet<QString> ours =
            searchPaths(m_root, m_db, QStringLiteral("\"%1 %2\"").arg(first, second));
        const QSet<QString> ref =
            rgFiles(m_root, {QStringLiteral("-l"), QStringLiteral("-i"), QStringLiteral("-w"),
                             QStringLiteral("-U"), QStringLiteral("-e"),
                             QStringLiteral("%1\\W+%2").arg(first, second)});
        QVERIFY2(ours == ref, qPrintable(describeDiff(ours, ref)));
    }

    void prefixes_data()
    {
        QTest::addColumn<QString>("prefix");
        for (const char *p : {"spin", "mut", "kmalloc", "x86", "ro", "z", "nov", "absent", "rare"})
            QTest::newRow(p) << QString::fromLatin1(p);
    }

    void prefixes()
    {
        QFETCH(QString, prefix);
        const QSet<QString> ours = searchPaths(m_root, m_db, prefix + QLatin1Char('*'));
        const QSet<QString> ref = rgWord(prefix + QStringLiteral("\\w*"));
        QVERIFY2(ours == ref, qPrintable(describeDiff(ours, ref)));
    }

    void substrings_data()
    {
        QTest::addColumn<QString>("term");
        for (const char *t : {"pin", "lock_a", "ock", "utex", "alloc_arr", "de42", "86_6", "e4",
                              "absent", "a\\b", "50%", "o_o"})
            QTest::newRow(t) << QString::fromLatin1(t);
    }

    void substrings()
    {
        QFETCH(QString, term);
        wm::SearchResult::Status status;
        const QSet<QString> ours =
            searchPaths(m_root, m_db, QLatin1Char('"') + term + QLatin1Char('"'), true, &status);
        if (term.size() < 3) {
            QCOMPARE(status, wm::SearchResult::Status::BadQuery);
            return;
        }
        QCOMPARE(status, wm::SearchResult::Status::Ok);
        const QSet<QString> ref =
            rgFiles(m_root, {QStringLiteral("-l"), QStringLiteral("-i"), QStringLiteral("-F"),
                             QStringLiteral("-e"), term});
        QVERIFY2(ours == ref, qPrintable(describeDiff(ours, ref)));
    }

    // Random boolean expressions over a few words, evaluated by set algebra
    // on rg's results for each word.
    void booleans()
    {
        const QStringList words = {QStringLiteral("alpha"),     QStringLiteral("bravo"),
                                   QStringLiteral("mutex"),     QStringLiteral("zulu"),
                                   QStringLiteral("spin_lock"), QStringLiteral("node42")};
        QHash<QString, QSet<QString>> sets;
        for (const QString &w : words)
            sets[w] = rgWord(w);
        QSet<QString> all;
        for (const QString &p : rgFiles(m_root, {QStringLiteral("--files")}))
            all.insert(p);

        std::mt19937 rng(7);
        struct Expr
        {
            QString text;
            QSet<QString> files;
        };
        std::function<Expr(int)> gen = [&](int depth) -> Expr {
            if (depth == 0 || rng() % 3 == 0) {
                const QString &w = words.at(int(rng() % quint32(words.size())));
                return {w, sets[w]};
            }
            Expr l = gen(depth - 1), r = gen(depth - 1);
            switch (rng() % 4) {
            case 0:
                return {QStringLiteral("(%1 AND %2)").arg(l.text, r.text), l.files & r.files};
            case 1:
                return {QStringLiteral("(%1 %2)").arg(l.text, r.text), l.files & r.files};
            case 2:
                return {QStringLiteral("(%1 OR %2)").arg(l.text, r.text), l.files | r.files};
            default:
                return {QStringLiteral("(%1 NOT %2)").arg(l.text, r.text), l.files - r.files};
            }
        };
        for (int i = 0; i < 150; ++i) {
            const Expr e = gen(3);
            const QSet<QString> ours = searchPaths(m_root, m_db, e.text);
            QVERIFY2(ours == e.files,
                     qPrintable(e.text + QStringLiteral(": ") + describeDiff(ours, e.files)));
        }
        Q_UNUSED(all);
    }

    // Precedence without parentheses: NOT over AND over OR.
    void precedence()
    {
        const auto s = [&](const char *w) { return rgWord(QString::fromLatin1(w)); };
        QCOMPARE(searchPaths(m_root, m_db, QStringLiteral("alpha OR bravo mutex")),
                 s("alpha") | (s("bravo") & s("mutex")));
        QCOMPARE(searchPaths(m_root, m_db, QStringLiteral("alpha bravo NOT mutex")),
                 s("alpha") & (s("bravo") - s("mutex")));
        QCOMPARE(searchPaths(m_root, m_db, QStringLiteral("alpha NOT bravo OR zulu")),
                 (s("alpha") - s("bravo")) | s("zulu"));
    }
};

QTEST_GUILESS_MAIN(TestSearchReference)
#include "tst_searchreference.moc"
