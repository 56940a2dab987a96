// SPDX-FileCopyrightText: 2026 WhiteMagic contributors
// SPDX-License-Identifier: MIT
//
// wm similar: pair scores, folder clusters, exit codes. The folder's JSON is
// read by Python's json and checked against a brute-force reference written
// in Python (similar_reference.py) on a store from tests/data/gen-memory-store.py.
#include "TestSupport.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

class TstSimilarCli : public QObject
{
    Q_OBJECT

    QTemporaryDir m_tmp;

    QString python() const
    {
        if (!wmtest::hasTool(QStringLiteral("python3")))
            QTest::qFail("python3 is the reference (scripts/deps-debian.txt)", __FILE__, __LINE__);
        return QStringLiteral("python3");
    }

private Q_SLOTS:
    void pairScores()
    {
        const QString a = m_tmp.filePath(QStringLiteral("a.txt"));
        const QString b = m_tmp.filePath(QStringLiteral("b.txt"));
        QVERIFY(wmtest::writeFile(m_tmp.path(), QStringLiteral("a.txt"),
                                  "The quick brown fox jumps over the lazy dog.\n"));
        QVERIFY(wmtest::writeFile(m_tmp.path(), QStringLiteral("b.txt"),
                                  "the QUICK brown fox -- jumped over the lazy dog!\n"));
        auto r = wmtest::wm({QStringLiteral("similar"), a, b});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains("word jaccard     0.7778"));
        QVERIFY(r.out.contains("shingle jaccard  0.4000"));
        QVERIFY(r.out.contains("cosine           0.9091"));
        r = wmtest::wm({QStringLiteral("similar"), a, b, QStringLiteral("--json"),
                        QStringLiteral("--shingle-size"), QStringLiteral("2")});
        QCOMPARE(r.exitCode, 0);
        const QJsonObject o = QJsonDocument::fromJson(r.out).object();
        QCOMPARE(o.value(QStringLiteral("wordJaccard")).toDouble(), 7.0 / 9.0);
        QCOMPARE(o.value(QStringLiteral("shingleJaccard")).toDouble(), 0.6);
        QCOMPARE(o.value(QStringLiteral("cosine")).toDouble(), 10.0 / 11.0);
        // Both without words: 1 by definition; -o writes the file.
        QVERIFY(wmtest::writeFile(m_tmp.path(), QStringLiteral("e1"), ""));
        QVERIFY(wmtest::writeFile(m_tmp.path(), QStringLiteral("e2"), "  \n"));
        const QString out = m_tmp.filePath(QStringLiteral("scores.json"));
        r = wmtest::wm({QStringLiteral("similar"), m_tmp.filePath(QStringLiteral("e1")),
                        m_tmp.filePath(QStringLiteral("e2")), QStringLiteral("--json"),
                        QStringLiteral("-o"), out});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(QJsonDocument::fromJson(wmtest::readFile(out))
                     .object()
                     .value(QStringLiteral("cosine"))
                     .toDouble(),
                 1.0);
    }

    void exitCodes()
    {
        const QString a = m_tmp.filePath(QStringLiteral("a.txt"));
        QVERIFY(wmtest::writeFile(m_tmp.path(), QStringLiteral("a.txt"), "x\n"));
        QCOMPARE(wmtest::wm({QStringLiteral("similar")}).exitCode, 2);
        QCOMPARE(wmtest::wm({QStringLiteral("similar"), a, a, a}).exitCode, 2);
        QCOMPARE(wmtest::wm({QStringLiteral("similar"), a}).exitCode, 2); // a file alone
        QCOMPARE(wmtest::wm({QStringLiteral("similar"), m_tmp.path(), a}).exitCode, 2);
        QCOMPARE(wmtest::wm({QStringLiteral("similar"), m_tmp.path(), QStringLiteral("--threshold"),
                             QStringLiteral("1.5")})
                     .exitCode,
                 2);
        QCOMPARE(wmtest::wm({QStringLiteral("similar"), m_tmp.path(),
                             QStringLiteral("--shingle-size"), QStringLiteral("0")})
                     .exitCode,
                 2);
        QCOMPARE(wmtest::wm({QStringLiteral("similar"), m_tmp.path(), QStringLiteral("--measure"),
                             QStringLiteral("cosine")})
                     .exitCode,
                 2);
        const auto r = wmtest::wm({QStringLiteral("similar"), a, m_tmp.filePath("missing")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.err.contains("missing"));
        QCOMPARE(wmtest::wm({QStringLiteral("similar"), m_tmp.filePath("nowhere")}).exitCode, 2);
    }

    void folderAgainstPython_data()
    {
        QTest::addColumn<QStringList>("options");
        QTest::newRow("default") << QStringList();
        QTest::newRow("threshold 0.6")
            << QStringList{QStringLiteral("--threshold"), QStringLiteral("0.6")};
        QTest::newRow("words 0.7")
            << QStringList{QStringLiteral("--measure"), QStringLiteral("words"),
                           QStringLiteral("--threshold"), QStringLiteral("0.7")};
    }
    void folderAgainstPython()
    {
        QFETCH(QStringList, options);
        const QString py = python();
        const QString store = m_tmp.filePath(QStringLiteral("store"));
        if (!QFileInfo::exists(store)) {
            const auto g = wmtest::run(
                py, {QStringLiteral(WM_SOURCE_DIR "/tests/data/gen-memory-store.py"), store,
                     QStringLiteral("--notes"), QStringLiteral("500"), QStringLiteral("--layout"),
                     QStringLiteral("store"), QStringLiteral("--near-rate"), QStringLiteral("0.25"),
                     QStringLiteral("--seed"), QStringLiteral("5")});
            QVERIFY2(g.exitCode == 0, g.err.constData());
            // A binary file is skipped, not compared, and not a failure.
            QVERIFY(wmtest::writeFile(store, QStringLiteral("blob.bin"),
                                      QByteArray("\x00\x01binary", 8)));
        }
        const QString json = m_tmp.filePath(QStringLiteral("out.json"));
        const auto r =
            wmtest::wm(QStringList{QStringLiteral("similar"), store, QStringLiteral("--json"),
                                   QStringLiteral("-o"), json} +
                       options);
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY(r.err.contains("blob.bin: skipped: binary file"));
        const auto ref = wmtest::run(
            py, {QStringLiteral(WM_SOURCE_DIR "/tests/auto/similarity/similar_reference.py"), json,
                 store});
        qInfo("%s", ref.out.trimmed().constData());
        QVERIFY2(ref.exitCode == 0, (ref.out + ref.err).constData());
        const QJsonObject summary = QJsonDocument::fromJson(ref.out).object();
        QVERIFY2(summary.value(QStringLiteral("expectedPairs")).toInt() >= 20,
                 "the store must plant pairs above the threshold");
    }

    void folderText()
    {
        const QString dir = m_tmp.filePath(QStringLiteral("small"));
        QVERIFY(wmtest::writeFile(dir, QStringLiteral("a.md"), "alpha beta gamma delta epsilon\n"));
        QVERIFY(
            wmtest::writeFile(dir, QStringLiteral("b.md"), "Alpha, beta; gamma delta epsilon!\n"));
        QVERIFY(wmtest::writeFile(dir, QStringLiteral("c.md"), "alpha beta gamma delta epsilon\n"));
        QVERIFY(wmtest::writeFile(dir, QStringLiteral("d.md"), "something else entirely here\n"));
        const auto r = wmtest::wm({QStringLiteral("similar"), dir});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains("Cluster 1: 3 files, scores 1.0000–1.0000"), r.out.constData());
        QVERIFY(r.out.contains("a.md  c.md  (identical)"));
        QVERIFY(r.out.contains("1.0000  a.md  b.md\n"));
        QVERIFY(!r.out.contains("d.md"));
        QVERIFY(r.out.contains("1 clusters of near-duplicates"));
    }
};

QTEST_GUILESS_MAIN(TstSimilarCli)
#include "tst_similarcli.moc"
