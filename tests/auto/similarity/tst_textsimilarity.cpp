// SPDX-FileCopyrightText: 2026 WhiteMagic contributors
// SPDX-License-Identifier: MIT
//
// Normalisation, Jaccard (words, shingles) and cosine on hand-worked
// examples; the documented results for empty inputs; the LSH S-curve.
#include "similarity/LshParameters.h"
#include "similarity/TextFeatures.h"
#include "similarity/TextNormalizer.h"
#include "similarity/TextSimilarity.h"
#include "similarity/UnionFind.h"

#include <QTest>
#include <cmath>

using namespace wm;

class TstTextSimilarity : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void normalisation_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("words");
        const auto w = [](const char *s) {
            return QString::fromUtf8(s).split(QLatin1Char(' '), Qt::SkipEmptyParts);
        };
        QTest::newRow("case and punctuation")
            << QStringLiteral("Hello, WORLD! (hello)") << w("hello world hello");
        QTest::newRow("full case folding")
            << QStringLiteral("Straße STRASSE STRAẞE") << w("strasse strasse strasse");
        QTest::newRow("greek final sigma")
            << QStringLiteral("ΣΊΣΥΦΟΣ σίσυφος") << w("σίσυφοσ σίσυφοσ");
        QTest::newRow("apostrophe inside a word")
            << QStringLiteral("Don't stop; it\u2019s 'quoted'") << w("dont stop its quoted");
        QTest::newRow("hyphen and slash separate")
            << QStringLiteral("state-of-the-art I/O") << w("state of the art i o");
        QTest::newRow("composed vs decomposed accent")
            << QStringLiteral("caf\u00e9 cafe\u0301") << w("café café");
        QTest::newRow("full-width forms (NFKC)") << QStringLiteral("ＡＢＣ １２３") << w("abc 123");
        QTest::newRow("digits are words") << QStringLiteral("v2.0 -> 42") << w("v2 0 42");
        QTest::newRow("emoji and symbols separate")
            << QStringLiteral("fire🔥water + air") << w("fire water air");
        QTest::newRow("CJK letters") << QStringLiteral("漢字 かな") << w("漢字 かな");
        QTest::newRow("empty") << QString() << QStringList();
        QTest::newRow("whitespace only") << QStringLiteral(" \t\n\u00a0 ") << QStringList();
        QTest::newRow("punctuation only") << QStringLiteral("-- ... !? ''") << QStringList();
    }
    void normalisation()
    {
        QFETCH(QString, text);
        QFETCH(QStringList, words);
        // The expected words are themselves written in NFC; compare in NFC.
        QStringList got = TextNormalizer::words(text);
        for (QString &g : got)
            g = g.normalized(QString::NormalizationForm_C);
        QCOMPARE(got, words);
    }

    void stopWords()
    {
        NormalizeOptions o;
        o.dropStopWords = true;
        QCOMPARE(TextNormalizer::words(QStringLiteral("The cat and THE hat, isn't it?"), o),
                 (QStringList{QStringLiteral("cat"), QStringLiteral("hat")}));
        QVERIFY(TextNormalizer::stopWords().contains(QStringLiteral("the")));
        QVERIFY(!TextNormalizer::isStopWord(QStringLiteral("cat")));
        QCOMPARE(TextNormalizer::normalized(QStringLiteral("  A,  b!c ")), QStringLiteral("a b c"));
    }

    // a = "the quick brown fox jumps over the lazy dog"
    // b = "the quick brown fox jumped over the lazy dog"
    // words: a has 8 distinct, b 8, 7 shared, union 9 -> 7/9.
    // 3-shingles: 7 each; shared: (the quick brown) (quick brown fox)
    // (over the lazy) (the lazy dog) = 4; union 10 -> 0.4.
    // tf: "the" 2, seven others 1: |a|^2 = |b|^2 = 11; dot = 4 + 6 = 10 -> 10/11.
    void handWorked()
    {
        const QString a = QStringLiteral("The quick brown fox jumps over the lazy dog.");
        const QString b = QStringLiteral("the QUICK brown fox -- jumped over the lazy dog!");
        QCOMPARE(TextSimilarity::wordJaccard(a, b), 7.0 / 9.0);
        QCOMPARE(TextSimilarity::shingleJaccard(a, b, 3), 4.0 / 10.0);
        QCOMPARE(TextSimilarity::cosine(a, b), 10.0 / 11.0);
        // 2-shingles: 8 each; only (jumps over)/(fox jumps) vs (fox jumped)/(jumped over)
        // differ: shared 6, union 10.
        QCOMPARE(TextSimilarity::shingleJaccard(a, b, 2), 6.0 / 10.0);
        // 1-shingles are the word sets.
        QCOMPARE(TextSimilarity::shingleJaccard(a, b, 1), 7.0 / 9.0);
        const SimilarityScores s = TextSimilarity::scores(a, b);
        QCOMPARE(s.wordJaccard, 7.0 / 9.0);
        QCOMPARE(s.shingleJaccard, 0.4);
        QCOMPARE(s.cosine, 10.0 / 11.0);
    }

    void cosineCounts()
    {
        // a = (x:3, y:1), b = (x:1, y:3): dot 6, norms sqrt(10) each -> 0.6.
        QCOMPARE(TextSimilarity::cosine(QStringLiteral("x x x y"), QStringLiteral("y x y y")), 0.6);
        // Word order and repeats: word Jaccard 1, shingles differ.
        QCOMPARE(TextSimilarity::wordJaccard(QStringLiteral("a b c d"), QStringLiteral("d c b a")),
                 1.0);
        QCOMPARE(
            TextSimilarity::shingleJaccard(QStringLiteral("a b c d"), QStringLiteral("d c b a")),
            0.0);
        // Disjoint vocabularies.
        QCOMPARE(TextSimilarity::cosine(QStringLiteral("a b"), QStringLiteral("c d")), 0.0);
        // Identical texts score exactly 1 on every measure.
        const QString t = QStringLiteral("one two three two one");
        const SimilarityScores s = TextSimilarity::scores(t, t);
        QCOMPARE(s.wordJaccard, 1.0);
        QCOMPARE(s.shingleJaccard, 1.0);
        QCOMPARE(s.cosine, 1.0);
    }

    void shortTexts()
    {
        // Fewer than k words: one shingle of all the words.
        QCOMPARE(TextSimilarity::shingleJaccard(QStringLiteral("hello world"),
                                                QStringLiteral("Hello, world."), 3),
                 1.0);
        QCOMPARE(TextSimilarity::shingleJaccard(QStringLiteral("hello world"),
                                                QStringLiteral("world hello"), 3),
                 0.0);
        const TextFeatures f = TextFeatures::from(QStringLiteral("a b a b a"), 3);
        QCOMPARE(f.wordCount, 5);
        QCOMPARE(f.words.size(), size_t(2));
        QCOMPARE(f.shingles.size(), size_t(2)); // (a b a), (b a b)
    }

    void emptyInputs_data()
    {
        QTest::addColumn<QString>("a");
        QTest::addColumn<QString>("b");
        QTest::addColumn<double>("expected");
        QTest::newRow("both empty") << QString() << QString() << 1.0;
        QTest::newRow("both whitespace") << QStringLiteral("  \n\t") << QStringLiteral(" ") << 1.0;
        QTest::newRow("empty and punctuation") << QString() << QStringLiteral("?!") << 1.0;
        QTest::newRow("one empty") << QString() << QStringLiteral("words here") << 0.0;
        QTest::newRow("one whitespace-only")
            << QStringLiteral("words") << QStringLiteral("\n\n") << 0.0;
    }
    void emptyInputs()
    {
        QFETCH(QString, a);
        QFETCH(QString, b);
        QFETCH(double, expected);
        for (const auto &[x, y] : {std::pair(a, b), std::pair(b, a)}) {
            const SimilarityScores s = TextSimilarity::scores(x, y);
            QCOMPARE(s.wordJaccard, expected);
            QCOMPARE(s.shingleJaccard, expected);
            QCOMPARE(s.cosine, expected);
        }
    }

    void lshSCurve()
    {
        const LshParameters p = LshParameters::forThreshold(0.8, 128);
        QCOMPARE(p.bands, 21);
        QCOMPARE(p.rows, 6);
        // 1 - (1 - s^r)^b by hand at s = 0.8: 0.8^6 = 0.262144.
        QVERIFY(std::abs(p.candidateProbability(0.8) - (1 - std::pow(1 - 0.262144, 21))) < 1e-12);
        QVERIFY(p.candidateProbability(0.8) >= LshParameters::minRecallAtThreshold);
        QVERIFY(p.candidateProbability(0.3) < 0.02);
        // Every threshold: the choice meets the recall floor, and one more row
        // would not (the largest rows that does).
        for (int i = 1; i <= 99; ++i) {
            const double t = i / 100.0;
            const LshParameters q = LshParameters::forThreshold(t, 128);
            QVERIFY(q.bands * q.rows <= 128);
            // Below ~0.05 not even one row per band reaches the floor.
            QVERIFY2(q.candidateProbability(t) >= LshParameters::minRecallAtThreshold ||
                         (q.rows == 1 && q.bands == 128),
                     qPrintable(QString::number(t)));
            const LshParameters next{128 / (q.rows + 1), q.rows + 1};
            QVERIFY(q.rows == 128 ||
                    next.candidateProbability(t) < LshParameters::minRecallAtThreshold);
        }
    }

    void unionFind()
    {
        UnionFind u(6);
        u.unite(0, 3);
        u.unite(4, 3);
        u.unite(1, 2);
        QCOMPARE(u.find(0), u.find(4));
        QCOMPARE(u.find(1), u.find(2));
        QVERIFY(u.find(0) != u.find(1));
        QCOMPARE(u.find(5), 5);
    }
};

QTEST_GUILESS_MAIN(TstTextSimilarity)
#include "tst_textsimilarity.moc"
