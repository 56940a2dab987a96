// SPDX-FileCopyrightText: 2026 WhiteMagic contributors
// SPDX-License-Identifier: MIT
//
// wm index and wm search as a user sees them: exit codes, messages, the
// summary, JSON fields and hit offsets, paging, staleness and --no-update,
// the default index location.
#include "SearchTestSupport.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace wmsearchtest;

class TestSearchCli : public QObject
{
    Q_OBJECT

private:
    const IndexedTree m_tree;
    Fixture m_fx;

private Q_SLOTS:
    void initTestCase() { m_fx = makeFixture(m_tree.root, 50, 31); }

    void indexSummary()
    {
        const wmtest::ProcessResult r =
            runWm({QStringLiteral("index"), m_tree.root, QStringLiteral("--db"), m_tree.db});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QString out = QString::fromUtf8(r.out);
        QVERIFY2(
            out.contains(QStringLiteral("added %1, updated 0, removed 0, skipped %2, unchanged 0")
                             .arg(m_fx.textFiles)
                             .arg(m_fx.binaryFiles)),
            qPrintable(out));
        QVERIFY(out.contains(m_tree.db));
        const wmtest::ProcessResult again =
            runWm({QStringLiteral("index"), m_tree.root, QStringLiteral("--db"), m_tree.db});
        QVERIFY2(QString::fromUtf8(again.out).contains(
                     QStringLiteral("added 0, updated 0, removed 0, skipped 0, unchanged %1")
                         .arg(m_fx.paths.size())),
                 again.out.constData());
    }

    void usageErrors_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("message");
        QTest::newRow("no query") << QStringList{QStringLiteral("search"), QStringLiteral(".")}
                                  << QStringLiteral("expected a query");
        QTest::newRow("no folder")
            << QStringList{QStringLiteral("search")} << QStringLiteral("expected a folder");
        QTest::newRow("bad limit")
            << QStringList{QStringLiteral("search"), QStringLiteral("."), QStringLiteral("x"),
                           QStringLiteral("--limit"), QStringLiteral("0")}
            << QStringLiteral("--limit");
        QTest::newRow("bad offset")
            << QStringList{QStringLiteral("search"), QStringLiteral("."), QStringLiteral("x"),
                           QStringLiteral("--offset"), QStringLiteral("-1")}
            << QStringLiteral("--offset");
        QTest::newRow("missing folder")
            << QStringList{QStringLiteral("search"), QStringLiteral("/no/such/dir"),
                           QStringLiteral("x")}
            << QStringLiteral("no such folder");
        QTest::newRow("malformed query")
            << QStringList{QStringLiteral("search"), QStringLiteral("."), QStringLiteral("(foo")}
            << QStringLiteral("missing ')'");
        QTest::newRow("empty query")
            << QStringList{QStringLiteral("search"), QStringLiteral("."), QStringLiteral(" ")}
            << QStringLiteral("empty");
        QTest::newRow("short substring")
            << QStringList{QStringLiteral("search"), QStringLiteral("."), QStringLiteral("ab"),
                           QStringLiteral("--substring")}
            << QStringLiteral("at least 3");
        QTest::newRow("index without folder")
            << QStringList{QStringLiteral("index")} << QStringLiteral("expected one folder");
        QTest::newRow("unknown option") << QStringList{QStringLiteral("index"), QStringLiteral("."),
                                                       QStringLiteral("--frobnicate")}
                                        << QStringLiteral("frobnicate");
    }

    void usageErrors()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, message);
        const wmtest::ProcessResult r = runWm(args, {m_tree.root, {}});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(message.toUtf8()), r.err.constData());
        QVERIFY(r.out.isEmpty());
    }

    void malformedQueryShowsWhere()
    {
        const wmtest::ProcessResult r = m_tree.wmSearch({QStringLiteral("alpha OR")});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains("'OR' at column 7 needs a term after it"), r.err.constData());
        QVERIFY2(r.err.contains("  alpha OR\n        ^"), r.err.constData());
    }

    void jsonResults()
    {
        const QJsonObject o = m_tree.wmSearchJson(
            {QStringLiteral("zulu"), QStringLiteral("--limit"), QStringLiteral("1000")});
        const QSet<QString> ref =
            rgFiles(m_tree.root, {QStringLiteral("-l"), QStringLiteral("-i"), QStringLiteral("-w"),
                                  QStringLiteral("zulu")});
        QCOMPARE(o.value(QStringLiteral("total")).toInt(), ref.size());
        const QJsonArray results = o.value(QStringLiteral("results")).toArray();
        QCOMPARE(results.size(), ref.size());
        double lastScore = 1e300;
        for (const QJsonValue &v : results) {
            const QJsonObject h = v.toObject();
            for (const char *key :
                 {"path", "score", "title", "snippet", "hits", "line", "titleHits"})
                QVERIFY2(h.contains(QLatin1String(key)), key);
            QVERIFY(ref.contains(h.value(QStringLiteral("path")).toString()));
            const double score = h.value(QStringLiteral("score")).toDouble();
            QVERIFY(score <= lastScore); // best first
            lastScore = score;
            const QString snippet = h.value(QStringLiteral("snippet")).toString();
            const QJsonArray hits = h.value(QStringLiteral("hits")).toArray();
            QVERIFY(!hits.isEmpty());
            for (const QJsonValue &hv : hits) {
                const QJsonObject span = hv.toObject();
                QCOMPARE(snippet
                             .mid(span.value(QStringLiteral("start")).toInt(),
                                  span.value(QStringLiteral("length")).toInt())
                             .toLower(),
                         QStringLiteral("zulu"));
            }
            // The line number points at a line of the file that has the word.
            const QString file = QString::fromUtf8(wmtest::readFile(
                m_tree.root + QLatin1Char('/') + h.value(QStringLiteral("path")).toString()));
            const int line = h.value(QStringLiteral("line")).toInt();
            QVERIFY(line >= 1);
            QVERIFY2(file.split(QLatin1Char('\n'))
                         .value(line - 1)
                         .contains(QLatin1String("zulu"), Qt::CaseInsensitive),
                     qPrintable(file));
        }
        // Title hits: the front matter title of d03/notes.md.
        const QJsonObject t = m_tree.wmSearchJson({QStringLiteral("title:tango")});
        const QJsonObject first = t.value(QStringLiteral("results")).toArray().at(0).toObject();
        QCOMPARE(first.value(QStringLiteral("title")).toString(), QStringLiteral("Tango Notes"));
        QCOMPARE(first.value(QStringLiteral("titleHits"))
                     .toArray()
                     .at(0)
                     .toObject()
                     .value(QStringLiteral("length"))
                     .toInt(),
                 5);
    }

    void paging()
    {
        const QJsonArray all =
            m_tree
                .wmSearchJson({QStringLiteral("alpha OR bravo"), QStringLiteral("--limit"),
                               QStringLiteral("1000")})
                .value(QStringLiteral("results"))
                .toArray();
        QVERIFY(all.size() > 10);
        QStringList expected, paged;
        for (const QJsonValue &v : all)
            expected << v.toObject().value(QStringLiteral("path")).toString();
        for (int offset = 0; offset < all.size() + 7; offset += 7) {
            const QJsonObject page = m_tree.wmSearchJson(
                {QStringLiteral("alpha OR bravo"), QStringLiteral("--limit"), QStringLiteral("7"),
                 QStringLiteral("--offset"), QString::number(offset)});
            QCOMPARE(page.value(QStringLiteral("total")).toInt(), all.size());
            for (const QJsonValue &v : page.value(QStringLiteral("results")).toArray())
                paged << v.toObject().value(QStringLiteral("path")).toString();
        }
        QCOMPARE(paged, expected);
    }

    // No match is exit 1, as with rg (the reference) and grep, on a pipe and with --json.
    void noMatchExitsOneLikeRg()
    {
        if (!wmtest::hasTool(QStringLiteral("rg"))) QSKIP("rg is the reference");
        for (const QString &word : {QStringLiteral("nosuchwordanywhere"), QStringLiteral("zulu")}) {
            const wmtest::ProcessResult ref = spawn(
                QStringLiteral("rg"),
                {QStringLiteral("--no-config"), QStringLiteral("-qiw"), word, QStringLiteral(".")},
                {m_tree.root, {}});
            const wmtest::ProcessResult r = m_tree.wmSearch({word});
            QCOMPARE(r.exitCode, ref.exitCode);
            QCOMPARE(r.out.isEmpty(), ref.exitCode == 1);
            QCOMPARE(m_tree.wmSearch({word, QStringLiteral("--json")}).exitCode, ref.exitCode);
        }
    }

    void cPlusPlusIsNotC()
    {
        const wmtest::ProcessResult r = m_tree.wmSearch({QStringLiteral("c++")});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains("--substring"), r.err.constData());
    }

    // Offsets in UTF-16 units, code points and UTF-8 bytes: Python slices
    // the snippet by code points and by bytes (the independent check).
    void hitOffsetsInEveryUnit()
    {
        if (!wmtest::hasTool(QStringLiteral("python3"))) QSKIP("python3 is the reference");
        QTemporaryDir dir;
        QVERIFY(wmtest::writeFile(
            dir.path(), QStringLiteral("wide.txt"),
            "\xF0\x9F\x98\x80 caf\xC3\xA9 \xE6\x9D\xB1 quasar \xF0\x9F\x8E\x89 end\n"));
        const wmtest::ProcessResult r =
            runWm({QStringLiteral("search"), dir.path(), QStringLiteral("quasar"),
                   QStringLiteral("--json"), QStringLiteral("--db"),
                   dir.filePath(QStringLiteral("i.db"))});
        QCOMPARE(r.exitCode, 0);
        const char *script =
            "import json,sys\n"
            "h=json.load(open(sys.argv[1],encoding='utf-8'))['results'][0]\n"
            "s=h['snippet']; x=h['hits'][0]\n"
            "print(s[x['startCodePoint']:x['startCodePoint']+x['codePoints']])\n"
            "print(s.encode()[x['startByte']:x['startByte']+x['bytes']].decode())\n"
            "print(x['start'] - x['startCodePoint'])\n";
        QVERIFY(wmtest::writeFile(dir.path(), QStringLiteral("out.json"), r.out));
        const wmtest::ProcessResult py =
            spawn(QStringLiteral("python3"), {QStringLiteral("-c"), QLatin1String(script),
                                              dir.filePath(QStringLiteral("out.json"))});
        QVERIFY2(py.exitCode == 0, py.err.constData());
        // Two UTF-16 units more than code points: one emoji before the hit.
        QCOMPARE(py.out, QByteArray("quasar\nquasar\n1\n"));
    }

    void plainOutput()
    {
        const wmtest::ProcessResult r = m_tree.wmSearch({QStringLiteral("tag:zulu")});
        QCOMPARE(r.exitCode, 0);
        const QStringList lines =
            QString::fromUtf8(r.out).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QVERIFY2(lines.value(0).startsWith(QLatin1String("d03/notes.md")) &&
                     lines.value(0).endsWith(QLatin1String("Tango Notes")),
                 r.out.constData());
        QVERIFY(lines.value(1).startsWith(QLatin1String("    ")));
        QVERIFY(!r.out.contains('\033')); // no colours when not on a terminal
    }

    void staleIndex()
    {
        QVERIFY(wmtest::writeFile(m_tree.root, QStringLiteral("d06/fresh.txt"), "freshword\n"));
        const wmtest::ProcessResult stale =
            m_tree.wmSearch({QStringLiteral("freshword"), QStringLiteral("--no-update")});
        QCOMPARE(stale.exitCode, 1); // no match
        QVERIFY(stale.out.isEmpty());
        const wmtest::ProcessResult fresh = m_tree.wmSearch({QStringLiteral("freshword")});
        QCOMPARE(fresh.exitCode, 0);
        QVERIFY2(fresh.out.startsWith("d06/fresh.txt"), fresh.out.constData());
        QVERIFY2(fresh.err.contains("index updated: 1 added"), fresh.err.constData());
        QVERIFY(QFile::remove(m_tree.root + QStringLiteral("/d06/fresh.txt")));
        QVERIFY(m_tree.wmSearch({QStringLiteral("freshword")}).out.isEmpty());
    }

    void substringOnDemand()
    {
        const wmtest::ProcessResult none =
            m_tree.wmSearch({QStringLiteral("lock_arr"), QStringLiteral("--substring"),
                             QStringLiteral("--no-update")});
        QCOMPARE(none.exitCode, 1);
        QVERIFY2(none.err.contains("no substring index"), none.err.constData());
        const QJsonObject o =
            m_tree.wmSearchJson({QStringLiteral("lock_arr"), QStringLiteral("--substring"),
                                 QStringLiteral("--limit"), QStringLiteral("1000")});
        QCOMPARE(o.value(QStringLiteral("mode")).toString(), QStringLiteral("substring"));
        const QSet<QString> ref =
            rgFiles(m_tree.root, {QStringLiteral("-l"), QStringLiteral("-i"), QStringLiteral("-F"),
                                  QStringLiteral("lock_arr")});
        QCOMPARE(o.value(QStringLiteral("total")).toInt(), ref.size());
        for (const QJsonValue &v : o.value(QStringLiteral("results")).toArray()) {
            const QJsonObject h = v.toObject();
            const QJsonObject span = h.value(QStringLiteral("hits")).toArray().at(0).toObject();
            QCOMPARE(h.value(QStringLiteral("snippet"))
                         .toString()
                         .mid(span.value(QStringLiteral("start")).toInt(),
                              span.value(QStringLiteral("length")).toInt()),
                     QStringLiteral("lock_arr"));
        }
        // Built once, now available without updating.
        const wmtest::ProcessResult built =
            m_tree.wmSearch({QStringLiteral("lock_arr"), QStringLiteral("--substring"),
                             QStringLiteral("--no-update")});
        QVERIFY2(!built.err.contains("no substring index"), built.err.constData());
        QCOMPARE(built.exitCode, ref.isEmpty() ? 1 : 0); // 1: no match, as rg
    }

    void noIndexWithNoUpdate()
    {
        QTemporaryDir dir;
        const wmtest::ProcessResult r =
            runWm({QStringLiteral("search"), dir.path(), QStringLiteral("x"),
                   QStringLiteral("--no-update"), QStringLiteral("--db"),
                   dir.filePath(QStringLiteral("none.db"))});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains("has no index yet"), r.err.constData());
        QVERIFY(!QFileInfo::exists(dir.filePath(QStringLiteral("none.db"))));
    }

    // Without --db the index goes to the user's data folder, one per folder.
    void defaultLocation()
    {
        QTemporaryDir data;
        const wmtest::ProcessResult r =
            runWm({QStringLiteral("search"), m_tree.root, QStringLiteral("zulu")},
                  {{}, {QStringLiteral("XDG_DATA_HOME=") + data.path()}});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(!r.out.isEmpty());
        QDirIterator it(data.path(), {QStringLiteral("*.db")}, QDir::Files,
                        QDirIterator::Subdirectories);
        QVERIFY(it.hasNext());
        const QString db = it.next();
        // $XDG_DATA_HOME/WhiteMagic/search, the application's name once.
        QVERIFY2(db.startsWith(data.path() + QStringLiteral("/WhiteMagic/search/tree-")),
                 qPrintable(db));
        QVERIFY(!it.hasNext());
    }

    // An index in the folder older versions used is moved, not rebuilt, and
    // --list / --forget see and remove the default indexes.
    void oldLocationListAndForget()
    {
        QTemporaryDir data;
        const QStringList env{QStringLiteral("XDG_DATA_HOME=") + data.path()};
        QVERIFY(runWm({QStringLiteral("index"), m_tree.root, QStringLiteral("-q")}, {{}, env})
                    .exitCode == 0);
        const QString newDir = data.path() + QStringLiteral("/WhiteMagic/search");
        const QString oldDir = data.path() + QStringLiteral("/WhiteMagic/WhiteMagic/search");
        const QStringList made = QDir(newDir).entryList({QStringLiteral("*.db")}, QDir::Files);
        QCOMPARE(made.size(), 1);
        QVERIFY(QDir().mkpath(oldDir));
        QVERIFY(QFile::rename(newDir + QLatin1Char('/') + made.at(0),
                              oldDir + QLatin1Char('/') + made.at(0)));
        const wmtest::ProcessResult again =
            runWm({QStringLiteral("search"), m_tree.root, QStringLiteral("zulu"),
                   QStringLiteral("--no-update")},
                  {{}, env});
        QVERIFY2(again.exitCode == 0, again.err.constData()); // found, not "no index yet"
        const wmtest::ProcessResult moved =
            runWm({QStringLiteral("search"), m_tree.root, QStringLiteral("zulu")}, {{}, env});
        QCOMPARE(moved.exitCode, 0);
        QVERIFY2(!moved.err.contains("added"), moved.err.constData()); // reused, not rebuilt
        QVERIFY(QFileInfo::exists(newDir + QLatin1Char('/') + made.at(0)));
        QVERIFY(!QFileInfo::exists(oldDir + QLatin1Char('/') + made.at(0)));

        // A second folder, then deleted: --forget without DIR removes only it.
        QTemporaryDir gone;
        QVERIFY(wmtest::writeFile(gone.path(), QStringLiteral("a.txt"), "hello\n"));
        QCOMPARE(
            runWm({QStringLiteral("index"), gone.path(), QStringLiteral("-q")}, {{}, env}).exitCode,
            0);
        const QString goneRoot = wm::SearchIndex::canonicalRoot(gone.path());
        QVERIFY(gone.remove());
        const wmtest::ProcessResult list =
            runWm({QStringLiteral("index"), QStringLiteral("--list")}, {{}, env});
        QCOMPARE(list.exitCode, 0);
        const QStringList lines =
            QString::fromUtf8(list.out).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 2);
        const QString root = wm::SearchIndex::canonicalRoot(m_tree.root);
        QVERIFY2(list.out.contains((root + QLatin1Char('\t')).toUtf8()), list.out.constData());
        QVERIFY2(list.out.contains((goneRoot + QLatin1Char('\t')).toUtf8()) &&
                     list.out.contains("(folder gone)"),
                 list.out.constData());
        QCOMPARE(runWm({QStringLiteral("index"), QStringLiteral("--forget")}, {{}, env}).exitCode,
                 0);
        QCOMPARE(QDir(newDir).entryList({QStringLiteral("*.db")}, QDir::Files), made);
        QCOMPARE(
            runWm({QStringLiteral("index"), QStringLiteral("--forget"), m_tree.root}, {{}, env})
                .exitCode,
            0);
        QVERIFY(QDir(newDir).entryList({QStringLiteral("*.db*")}, QDir::Files).isEmpty());
        QCOMPARE(
            runWm({QStringLiteral("index"), QStringLiteral("--forget"), m_tree.root}, {{}, env})
                .exitCode,
            1);
    }
};

QTEST_GUILESS_MAIN(TestSearchCli)
#include "tst_searchcli.moc"
