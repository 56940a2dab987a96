// SPDX-FileCopyrightText: 2026 WhiteMagic contributors
// SPDX-License-Identifier: MIT
//
// Replays the fuzz corpus (tests/fuzz/corpus) plus generated seeds and
// deterministic random mutations of them through the fuzz targets' entry
// points, so every CI run (and its ASan/UBSan build) exercises the readers
// on hostile input without needing clang's libFuzzer.
#include "CompressTestSupport.h"
#include "FuzzEntryPoints.h"

#include <QTest>

namespace {

#ifdef WM_SANITIZED
constexpr int kMutationsPerSeed = 30;
#else
constexpr int kMutationsPerSeed = 250;
#endif

QList<QByteArray> corpus(const QString &sub)
{
    QList<QByteArray> seeds;
    const QDir dir(QStringLiteral(WM_SOURCE_DIR "/tests/fuzz/corpus/") + sub);
    for (const QString &name : dir.entryList(QDir::Files, QDir::Name))
        seeds << wmtest::readFile(dir.filePath(name));
    return seeds;
}

// Bit flips, byte stores, truncation, insertion, duplication and splicing:
// the usual mutators, small enough that most results stay near-valid.
QByteArray mutate(const QByteArray &in, QRandomGenerator &rng, const QList<QByteArray> &others)
{
    QByteArray out = in;
    const int steps = 1 + rng.bounded(3);
    for (int s = 0; s < steps; ++s) {
        const qsizetype n = out.size();
        const auto at = [&](qsizetype limit) {
            return limit <= 0 ? qsizetype(0) : qsizetype(rng.bounded(int(limit)));
        };
        switch (rng.bounded(7)) {
        case 0:
            if (n) {
                const qsizetype i = at(n);
                out[i] = char(out[i] ^ (1 << rng.bounded(8)));
            }
            break;
        case 1:
            if (n) out[at(n)] = char(rng.bounded(256));
            break;
        case 2:
            out.truncate(at(n + 1));
            break;
        case 3:
            out.insert(at(n + 1), QByteArray(1 + rng.bounded(8), char(rng.bounded(256))));
            break;
        case 4:
            if (n) {
                const qsizetype i = at(n);
                out.insert(at(n + 1), out.mid(i, 1 + rng.bounded(64)));
            }
            break;
        case 5:
            if (n) out.remove(at(n), 1 + rng.bounded(16));
            break;
        case 6:
            if (!others.isEmpty()) {
                const QByteArray &o = others[rng.bounded(int(others.size()))];
                out = out.left(at(n + 1)) + o.mid(at(o.size() + 1));
            }
            break;
        }
    }
    return out;
}

int runLz4(const QByteArray &b)
{
    return wmfuzz::lz4Reader(reinterpret_cast<const std::uint8_t *>(b.constData()),
                             size_t(b.size()));
}

int runArchive(const QByteArray &b)
{
    return wmfuzz::archiveReader(reinterpret_cast<const std::uint8_t *>(b.constData()),
                                 size_t(b.size()));
}

} // namespace

class TestFuzzReplay : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void lz4Reader()
    {
        QList<QByteArray> seeds = corpus(QStringLiteral("lz4"));
        QVERIFY2(seeds.size() >= 5, "the lz4 corpus is missing");
        wm::Lz4Options linked;
        linked.linkedBlocks = true;
        linked.blockSize = wm::Lz4BlockSize::Max64KB;
        linked.blockChecksum = true;
        seeds << cts::compress(cts::textBytes(200000, 40), linked) << cts::compress({})
              << cts::compress("abc") + cts::skippableFrame(2, "zz") + cts::compress("def");
        QRandomGenerator rng(20240601);
        int runs = 0;
        for (const QByteArray &seed : seeds) {
            QCOMPARE(runLz4(seed), 0);
            for (int i = 0; i < kMutationsPerSeed; ++i) {
                const QByteArray m = mutate(seed, rng, seeds);
                const int rc = runLz4(m);
                if (rc != 0)
                    QFAIL(qPrintable(QStringLiteral("invariant %1 broken by input %2")
                                         .arg(rc)
                                         .arg(QString::fromLatin1(m.toBase64()))));
                ++runs;
            }
        }
        qInfo("%d mutated LZ4 inputs", runs);
    }

    void archiveReader()
    {
        QList<QByteArray> seeds = corpus(QStringLiteral("archive"));
        QVERIFY2(seeds.size() >= 3, "the archive corpus is missing");
        QRandomGenerator rng(20240602);
        int runs = 0;
        for (const QByteArray &seed : seeds) {
            QCOMPARE(runArchive(seed), 0);
            for (int i = 0; i < kMutationsPerSeed; ++i) {
                QByteArray m = mutate(seed, rng, seeds);
                const int rc = runArchive(m);
                if (rc != 0)
                    QFAIL(qPrintable(QStringLiteral("invariant %1 broken by input %2")
                                         .arg(rc)
                                         .arg(QString::fromLatin1(m.toBase64()))));
                ++runs;
            }
        }
        qInfo("%d mutated archive inputs", runs);
    }
};

QTEST_GUILESS_MAIN(TestFuzzReplay)
#include "tst_fuzzreplay.moc"
