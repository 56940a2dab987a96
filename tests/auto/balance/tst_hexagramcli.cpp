// SPDX-FileCopyrightText: 2026 WhiteMagic contributors
// SPDX-License-Identifier: MIT
//
// `wm hexagram` end to end: the JSON of numbers against the reference
// chart and U+4DC0 + n - 1, changing lines, usage errors, and a folder cast
// whose file counts are checked with find(1).
#include "KingWenReference.h"
#include "SpawnProcess.h"

#include <QDateTime>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QtTest>
#include <algorithm>
#include <cmath>

class TestHexagramCli : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    int m_files = 0;

    static QJsonObject json(const QStringList &args)
    {
        const auto r = wmtest::runWm(QStringList{"hexagram", "--json"} + args);
        [&] { QCOMPARE(r.exitCode, 0); }();
        QJsonParseError e{};
        const QJsonDocument d = QJsonDocument::fromJson(r.out, &e);
        [&] { QCOMPARE(e.error, QJsonParseError::NoError); }();
        return d.object();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        const qint64 twoDaysAgo = QDateTime::currentMSecsSinceEpoch() - 2 * 24 * 3600 * 1000;
        for (int i = 0; i < 40; ++i) {
            const QString rel = QString("pkg%1/file%2.txt").arg(i % 4).arg(i);
            QVERIFY(wmtest::writeFile(m_dir.path(), rel, QByteArray("line\n").repeated(i + 1)));
            if (i % 4 != 0) { // 30 of 40 files are old
                QFile f(m_dir.path() + "/" + rel);
                QVERIFY(f.open(QIODevice::ReadWrite));
                QVERIFY(f.setFileTime(QDateTime::fromMSecsSinceEpoch(twoDaysAgo),
                                      QFileDevice::FileModificationTime));
            }
        }
        m_files = 40;
    }

    // tst_kingwen checks all 64 in the library; here the CLI's mapping, on
    // the ends of the sequence, the flipped pairs and a few others (one
    // process each, so not all 64: sanitizer builds start slowly).
    void numbers()
    {
        for (int n : {1, 2, 3, 4, 11, 12, 27, 28, 44, 50, 63, 64}) {
            const QJsonObject o = json({"--number", QString::number(n)});
            QCOMPARE(o.value("number").toInt(), n);
            QCOMPARE(o.value("lines").toString(), kwref::linesOf(n));
            const char32_t cp = char32_t(0x4DC0 + n - 1);
            QCOMPARE(o.value("symbol").toString(), QString::fromUcs4(&cp, 1));
            QCOMPARE(o.value("lower").toObject().value("lines").toString(),
                     kwref::linesOf(n).left(3));
            QCOMPARE(o.value("upper").toObject().value("lines").toString(),
                     kwref::linesOf(n).mid(3));
            const int yang = int(kwref::linesOf(n).count(u'1'));
            QCOMPARE(o.value("yang").toInt(), yang);
            QCOMPARE(o.value("balanced").toBool(), yang == 3);
            QVERIFY(o.value("changingLines").toArray().isEmpty());
            QVERIFY(o.value("resulting").isNull());
            QVERIFY(!o.value("english").toString().isEmpty());
            QVERIFY(!o.value("chinese").toString().isEmpty());
        }
        QVERIFY(json({"--number", "2"}).value("yinYangRatio").isNull()); // infinite: no yang line
    }

    void linesWithChanges()
    {
        const QJsonObject o = json({"--lines", "976888"});
        QCOMPARE(o.value("number").toInt(), kwref::numberOf("110000"));
        QCOMPARE(o.value("changingLines").toArray(), (QJsonArray{1, 3}));
        QCOMPARE(o.value("resulting").toObject().value("number").toInt(),
                 kwref::numberOf("011000"));
        QCOMPARE(o.value("traditional").toString(), "976888");

        const auto text = wmtest::runWm({"hexagram", "--lines", "111000"});
        QCOMPARE(text.exitCode, 0);
        const QString out = QString::fromUtf8(text.out);
        QVERIFY(out.startsWith(QString::fromUtf8("䷊ 11 泰")));
        QVERIFY(out.contains("Peace"));
        QVERIFY(out.contains(QString::fromUtf8("☷")) && out.contains(QString::fromUtf8("☰")));
        QVERIFY(out.contains("balanced"));
        QVERIFY(out.contains("Changing lines: none"));

        const QString changing =
            QString::fromUtf8(wmtest::runWm({"hexagram", "--lines", "911000"}).out);
        QVERIFY(changing.contains(QString::fromUtf8("Changing lines: 1 → ䷭ 46")));
    }

    void usageErrors_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("message");
        QTest::newRow("nothing") << QStringList{} << "give --lines";
        QTest::newRow("short lines") << QStringList{"--lines", "11100"} << "six digits";
        QTest::newRow("long lines") << QStringList{"--lines", "1110001"} << "six digits";
        QTest::newRow("bad digit") << QStringList{"--lines", "111500"} << "'5' (line 4)";
        QTest::newRow("number 0") << QStringList{"--number", "0"} << "1 to 64";
        QTest::newRow("number 65") << QStringList{"--number", "65"} << "1 to 64";
        QTest::newRow("number word") << QStringList{"--number", "eleven"} << "not 'eleven'";
        QTest::newRow("two modes")
            << QStringList{"--number", "1", "--lines", "111111"} << "only one";
        QTest::newRow("no folder") << QStringList{"/nonexistent/wm-hexagram"} << "no such folder";
        QTest::newRow("threads alone")
            << QStringList{"--number", "3", "--threads", "2"} << "folder audit only";
        QTest::newRow("unknown option") << QStringList{"--colour"} << "colour";
    }

    void usageErrors()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, message);
        const auto r = wmtest::runWm(QStringList{"hexagram"} + args);
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.out.isEmpty());
        QVERIFY2(QString::fromUtf8(r.err).contains(message), r.err.constData());
    }

    void folderErrorsAreUsageErrors()
    {
        const QString file = m_dir.path() + "/pkg0/file0.txt";
        auto r = wmtest::runWm({"hexagram", file});
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.err.contains("not a folder"));
        r = wmtest::runWm({"hexagram", m_dir.path(), "--threads", "0"});
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.err.contains("--threads"));
    }

    void castAFolder()
    {
        // References: find(1) for the number of files and of files changed
        // in the last hour.
        const auto all = wmtest::spawn("find", {m_dir.path(), "-type", "f"});
        const auto recent = wmtest::spawn("find", {m_dir.path(), "-type", "f", "-mmin", "-60"});
        QCOMPARE(all.exitCode, 0);
        const int files = int(all.out.count('\n'));
        const int changed = int(recent.out.count('\n'));
        QCOMPARE(files, m_files);
        QCOMPARE(changed, 10);

        const QJsonObject o = json({m_dir.path(), "--threads", "2"});
        QCOMPARE(o.value("files").toInt(), files);
        const QJsonArray signalList = o.value("signals").toArray();
        QCOMPARE(signalList.size(), 6);
        QString lines;
        QJsonArray changing;
        for (int i = 0; i < 6; ++i) {
            const QJsonObject s = signalList[i].toObject();
            QCOMPARE(s.value("line").toInt(), i + 1);
            const double v = s.value("value").toDouble();
            const double t = s.value("threshold").toDouble();
            const double band = s.value("band").toDouble();
            QCOMPARE(s.value("yang").toBool(), v >= t); // one measurement: drawn as measured
            QCOMPARE(s.value("changing").toBool(), std::abs(v - t) <= band);
            lines += v >= t ? u'1' : u'0';
            if (s.value("changing").toBool()) changing.append(i + 1);
        }
        QCOMPARE(signalList[5].toObject().value("signal").toString(), "changeRate");
        QCOMPARE(signalList[5].toObject().value("value").toDouble(), double(changed) / files);
        QCOMPARE(signalList[4].toObject().value("value").toDouble(), 0.0); // every file read
        const QJsonObject hex = o.value("hexagram").toObject();
        QCOMPARE(hex.value("lines").toString(), lines);
        QCOMPARE(hex.value("number").toInt(), kwref::numberOf(lines));
        QCOMPARE(hex.value("changingLines").toArray(), changing);
        const QJsonObject th = o.value("threads").toObject();
        QCOMPARE(th.value("used").toInt(), 2);
        QCOMPARE(th.value("auto").toBool(), false);
        // The documented formula, restated: round(hw (1 + 1.5 (1/c - 1))) for
        // the tuning share c, in [hw, 8 hw]; c never above the compute share.
        const int hw = th.value("hardware").toInt();
        const double c = th.value("tuningShare").toDouble();
        QVERIFY(c >= 0 && c <= th.value("computeShare").toDouble() + 1e-12);
        const double a = th.value("availability").toDouble();
        QVERIFY(a >= 0 && a <= 1);
        const double asked = hw * (1 + 1.5 * (1 / std::max(c, 1e-3) - 1));
        QCOMPARE(th.value("recommended").toInt(),
                 int(std::clamp<long>(std::lround(asked), hw, 8L * hw)));

        const auto text = wmtest::runWm({"hexagram", m_dir.path()});
        QCOMPARE(text.exitCode, 0);
        for (const char *label : {"compute share", "core use", "pace", "queue depth", "error share",
                                  "change rate", "Recommended thread count", "automatic"})
            QVERIFY2(text.out.contains(label), label);
    }

    void ignoreOptionsReachTheAudit()
    {
        QTemporaryDir d;
        QVERIFY(wmtest::writeFile(d.path(), ".ignore", "*.log\n")); // not a repository: .ignore
        QVERIFY(wmtest::writeFile(d.path(), "a.txt", "a\n"));
        QVERIFY(wmtest::writeFile(d.path(), "b.log", "b\n"));
        QCOMPARE(json({d.path()}).value("files").toInt(), 1);
        QCOMPARE(json({d.path(), "--no-ignore"}).value("files").toInt(), 2);
        QCOMPARE(json({d.path(), "--no-ignore", "--hidden"}).value("files").toInt(), 3);
    }
};

QTEST_GUILESS_MAIN(TestHexagramCli)
#include "tst_hexagramcli.moc"
