// SPDX-FileCopyrightText: 2026 WhiteMagic contributors
// SPDX-License-Identifier: MIT
//
// NearDuplicates (MinHash + LSH + exact verification) against brute force:
// every pair of a generated corpus with planted near-duplicates compared
// exactly. Recall of pairs at or above the threshold must be >= 0.95 and
// every reported pair must be a brute-force pair with the same score.
#include "concurrency/CancelToken.h"
#include "similarity/NearDuplicates.h"
#include "similarity/TextSimilarity.h"

#include <QRandomGenerator>
#include <QTest>
#include <QThreadPool>
#include <set>

using namespace wm;

namespace {

struct Corpus
{
    std::vector<Document> docs;
    qsizetype exactCopies = 0;
};

// Distinct base texts from a 4000-word vocabulary, a third of them copied
// with a fraction f in [0, 0.12] of their words substituted (spread around
// the threshold), a few byte-identical copies, and texts without words.
Corpus makeCorpus(int bases, quint32 seed)
{
    QRandomGenerator rng(seed);
    QStringList vocab;
    for (int i = 0; i < 4000; ++i)
        vocab << QStringLiteral("w%1x").arg(i, 0, 36);
    const auto word = [&] { return vocab.at(int(rng.bounded(quint32(vocab.size())))); };
    Corpus c;
    std::vector<QStringList> texts;
    for (int i = 0; i < bases; ++i) {
        QStringList words;
        const int n = 20 + int(rng.bounded(180u));
        for (int k = 0; k < n; ++k)
            words << word();
        texts.push_back(words);
        c.docs.push_back({QStringLiteral("base-%1").arg(i), words.join(QLatin1Char(' '))});
        // Up to two edited copies, each of the previous text.
        for (int copy = 0; copy < 2 && rng.bounded(2u) == 0; ++copy) {
            const double f = rng.generateDouble() * 0.08;
            for (QString &w : words)
                if (rng.generateDouble() < f) w = word();
            c.docs.push_back(
                {QStringLiteral("near-%1-%2").arg(i).arg(copy), words.join(QStringLiteral(" "))});
        }
        if (rng.bounded(40u) == 0) {
            c.docs.push_back({QStringLiteral("copy-%1").arg(i), c.docs.back().text});
        }
    }
    c.docs.push_back({QStringLiteral("empty-1"), QString()});
    c.docs.push_back({QStringLiteral("empty-2"), QString()});
    c.docs.push_back({QStringLiteral("blank"), QStringLiteral("  \n ")});
    c.docs.push_back({QStringLiteral("dashes"), QStringLiteral("-- !!")});
    // An edit may change nothing: count identical texts as they came out.
    std::set<QString> seen;
    c.exactCopies = 0;
    for (const Document &d : c.docs)
        if (!seen.insert(d.text).second) ++c.exactCopies;
    return c;
}

using PairKey = std::pair<qsizetype, qsizetype>;

std::map<PairKey, double> bruteForce(const std::vector<Document> &docs, double threshold,
                                     SimilarityMeasure m, std::set<qsizetype> &skip)
{
    std::vector<TextFeatures> f;
    for (const Document &d : docs)
        f.push_back(TextFeatures::from(d.text, 3));
    // Exact copies and texts without words are matched by content only.
    std::map<QString, qsizetype> firstOf;
    for (qsizetype i = 0; i < qsizetype(docs.size()); ++i) {
        if (f[size_t(i)].isEmpty() || !firstOf.emplace(docs[size_t(i)].text, i).second)
            skip.insert(i);
    }
    std::map<PairKey, double> out;
    for (qsizetype i = 0; i < qsizetype(docs.size()); ++i) {
        if (skip.count(i)) continue;
        for (qsizetype j = i + 1; j < qsizetype(docs.size()); ++j) {
            if (skip.count(j)) continue;
            const double s =
                m == SimilarityMeasure::WordJaccard
                    ? TextSimilarity::jaccard(f[size_t(i)].words, f[size_t(j)].words)
                    : TextSimilarity::jaccard(f[size_t(i)].shingles, f[size_t(j)].shingles);
            if (s >= threshold) out[{i, j}] = s;
        }
    }
    return out;
}

} // namespace

class TstNearDuplicates : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void againstBruteForce_data()
    {
        QTest::addColumn<double>("threshold");
        QTest::addColumn<int>("measure");
        QTest::addColumn<quint32>("seed");
        QTest::newRow("shingles 0.8") << 0.8 << int(SimilarityMeasure::ShingleJaccard) << 1u;
        QTest::newRow("shingles 0.6") << 0.6 << int(SimilarityMeasure::ShingleJaccard) << 2u;
        QTest::newRow("shingles 0.9") << 0.9 << int(SimilarityMeasure::ShingleJaccard) << 3u;
        QTest::newRow("words 0.8") << 0.8 << int(SimilarityMeasure::WordJaccard) << 4u;
    }
    void againstBruteForce()
    {
        QFETCH(double, threshold);
        QFETCH(int, measure);
        QFETCH(quint32, seed);
        const Corpus c = makeCorpus(900, seed);
        SimilarityOptions o;
        o.threshold = threshold;
        o.measure = SimilarityMeasure(measure);
        const NearDuplicateResult r = NearDuplicates::find(c.docs, o);
        QVERIFY(!r.cancelled);
        std::set<qsizetype> skip;
        const auto truth = bruteForce(c.docs, threshold, o.measure, skip);
        QVERIFY2(truth.size() >= 50, "the corpus must plant enough pairs to measure recall");

        qsizetype found = 0, exact = 0;
        std::set<PairKey> reported;
        for (const DuplicateCluster &cl : r.clusters) {
            QVERIFY(cl.members.size() >= 2);
            QVERIFY(std::is_sorted(cl.members.begin(), cl.members.end()));
            QCOMPARE(cl.ids.size(), qsizetype(cl.members.size()));
            for (const ScoredPair &p : cl.pairs) {
                QVERIFY(p.a < p.b);
                QVERIFY(reported.insert({p.a, p.b}).second);
                QVERIFY(std::binary_search(cl.members.begin(), cl.members.end(), p.a));
                QVERIFY(std::binary_search(cl.members.begin(), cl.members.end(), p.b));
                if (p.exact) {
                    QCOMPARE(c.docs[size_t(p.a)].text, c.docs[size_t(p.b)].text);
                    QCOMPARE(p.score, 1.0);
                    ++exact;
                    continue;
                }
                // Precision 1 by construction: the pair is a brute-force pair
                // with the very same score.
                const auto it = truth.find({p.a, p.b});
                QVERIFY2(
                    it != truth.end(),
                    qPrintable(
                        QStringLiteral("unverified pair %1 %2 %3").arg(p.a).arg(p.b).arg(p.score)));
                QCOMPARE(p.score, it->second);
                QVERIFY(p.score >= threshold);
                ++found;
            }
        }
        const double recall = double(found) / double(truth.size());
        qInfo("threshold %.2f: %zu brute-force pairs, %lld found, recall %.4f; %lld candidates",
              threshold, truth.size(), qint64(found), recall, r.stats.candidatePairs);
        QVERIFY2(recall >= 0.95, qPrintable(QString::number(recall)));
        QCOMPARE(qint64(found), r.stats.verifiedPairs);
        // Copies pair with their original; the two empty texts are identical
        // to each other, but "", "  \n " and "-- !!" are not near-duplicates.
        QCOMPARE(exact, c.exactCopies);
        QCOMPARE(r.stats.exactDuplicates, c.exactCopies);
        QCOMPARE(r.stats.emptyDocuments, 4);
    }

    void deterministicAcrossThreads()
    {
        const Corpus c = makeCorpus(600, 7);
        SimilarityOptions one;
        one.threads = 1;
        QThreadPool pool;
        pool.setMaxThreadCount(3);
        SimilarityOptions shared;
        shared.pool = &pool;
        const NearDuplicateResult a = NearDuplicates::find(c.docs, one);
        const NearDuplicateResult b = NearDuplicates::find(c.docs, shared);
        QVERIFY(!a.clusters.empty());
        QCOMPARE(a.clusters.size(), b.clusters.size());
        for (size_t i = 0; i < a.clusters.size(); ++i) {
            QCOMPARE(a.clusters[i].ids, b.clusters[i].ids);
            QCOMPARE(a.clusters[i].pairs.size(), b.clusters[i].pairs.size());
            for (size_t k = 0; k < a.clusters[i].pairs.size(); ++k)
                QCOMPARE(a.clusters[i].pairs[k].score, b.clusters[i].pairs[k].score);
        }
        QVERIFY(pool.waitForDone(5000)); // nothing left running on the caller's pool
    }

    void clustersJoinTransitively()
    {
        // b is a with the last word changed, c is b with the first changed:
        // (and one in the middle): a~b 57/59 and b~c 54/62 verified at 0.85,
        // a~c 53/63 below it, yet one cluster of 3.
        QStringList w;
        for (int i = 0; i < 60; ++i)
            w << QStringLiteral("t%1").arg(i);
        const QString a = w.join(QLatin1Char(' '));
        w.last() = QStringLiteral("zz");
        const QString b = w.join(QLatin1Char(' '));
        w.first() = QStringLiteral("yy");
        w[30] = QStringLiteral("xx");
        const QString cText = w.join(QLatin1Char(' '));
        SimilarityOptions o;
        o.threshold = 0.85;
        QCOMPARE(TextSimilarity::shingleJaccard(a, cText), 53.0 / 63.0);
        const NearDuplicateResult r = NearDuplicates::find(
            {{QStringLiteral("a"), a}, {QStringLiteral("b"), b}, {QStringLiteral("c"), cText}}, o);
        QCOMPARE(r.clusters.size(), size_t(1));
        QCOMPARE(r.clusters[0].ids,
                 (QStringList{QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c")}));
        QCOMPARE(r.clusters[0].pairs.size(), size_t(2));
        QCOMPARE(r.clusters[0].minScore, 54.0 / 62.0);
        QCOMPARE(r.clusters[0].maxScore, 57.0 / 59.0);
    }

    void cancelBeforeStart()
    {
        const Corpus c = makeCorpus(300, 9);
        CancelToken cancel;
        cancel.cancel();
        const NearDuplicateResult r = NearDuplicates::find(c.docs, {}, &cancel);
        QVERIFY(r.cancelled);
        QVERIFY(r.clusters.empty());
    }

    void cancelFromProgress()
    {
        // Enough work for several progress ticks; the first tick cancels.
        const Corpus c = makeCorpus(4000, 11);
        CancelToken cancel;
        SimilarityOptions o;
        o.batchIntervalMs = 1;
        o.threads = 2;
        NearDuplicates::Callbacks cb;
        int ticks = 0;
        cb.onProgress = [&](const SimilarityProgress &) {
            ++ticks;
            cancel.cancel();
        };
        const NearDuplicateResult r = NearDuplicates::find(c.docs, o, &cancel, cb);
        QVERIFY(ticks >= 1);
        QVERIFY(r.cancelled);
        QVERIFY(r.clusters.empty());
    }

    void emptyInput()
    {
        const NearDuplicateResult r = NearDuplicates::find({});
        QVERIFY(!r.cancelled);
        QVERIFY(r.clusters.empty());
        QCOMPARE(r.stats.documents, 0);
    }
};

QTEST_GUILESS_MAIN(TstNearDuplicates)
#include "tst_nearduplicates.moc"
