// SPDX-FileCopyrightText: 2026 WhiteMagic contributors
// SPDX-License-Identifier: MIT
//
// An index survives what happens to files: an indexer killed at any moment
// (SIGKILL) leaves a database that opens, passes SQLite's integrity checks
// and answers queries (a first build: no database at all until it is
// published), and the next run completes it to the same result as a clean
// run; a damaged index is detected at open (or at the first query that
// reads the damage) and rebuilt, with a message, never a crash. The kills
// come at stages of the indexer's work, not after times (SteppedChild.h),
// so they land where they are meant to at any speed (TSan, a loaded CI).
#include "SearchTestSupport.h"
#include "SteppedChild.h"
#include "search/SqlStatement.h"

#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QTest>
#include <functional>
#include <iterator>

using namespace wmsearchtest;

namespace {

// Every indexed file as one line: path, size, hash, state, title, tags.
QStringList docRows(const QString &db)
{
    return sqliteShell(db,
                       QStringLiteral(
                           "SELECT path, size, hash, state, title, tags FROM docs ORDER BY path"))
        .split(QLatin1Char('\n'));
}

void overwrite(const QString &path, qint64 offset, qint64 length, quint32 seed)
{
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadWrite));
    std::mt19937 rng(seed);
    QByteArray junk(int(length), '\0');
    for (char &c : junk)
        c = char(rng());
    QVERIFY(f.seek(offset));
    f.write(junk);
}

} // namespace

class TestSearchRobustness : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_tmp;
    QString m_root;
    QString m_reference;               // a clean index of m_root
    QString m_small, m_smallReference; // a small tree (rebuilt many times) and its index

    QStringList words() const
    {
        return {QStringLiteral("alpha"), QStringLiteral("zulu"), QStringLiteral("spin_lock"),
                QStringLiteral("\"mutex kmalloc\""), QStringLiteral("nov*")};
    }

    // The index answers, and every answer agrees with the text it stored:
    // for each word, the files found are rg's files among those indexed.
    void checkAnswers(const QString &db) { checkAnswers(m_root, db); }
    void checkAnswers(const QString &root, const QString &db)
    {
        QSet<QString> indexed;
        for (const QString &row :
             sqliteShell(db, QStringLiteral("SELECT path FROM docs WHERE state < 2"))
                 .split(QLatin1Char('\n')))
            if (!row.isEmpty()) indexed.insert(row);
        for (const char *w : {"alpha", "zulu", "kmalloc_array"}) {
            wm::SearchResult::Status status;
            const QSet<QString> ours =
                searchPaths(root, db, QString::fromLatin1(w), false, &status);
            QCOMPARE(status, wm::SearchResult::Status::Ok);
            const QSet<QString> ref =
                rgFiles(root, {QStringLiteral("-l"), QStringLiteral("-i"), QStringLiteral("-w"),
                               QString::fromLatin1(w)}) &
                indexed;
            QVERIFY2(ours == ref, qPrintable(describeDiff(ours, ref)));
        }
    }

    // Where a `wm index` is killed: once `reached` (asked while it is
    // stopped) says so, or at once without it.
    using Stage = wmtest::SteppedChild::Stage;

    // Runs `wm index ROOT --db DB --substring -q` to `stage` and kills it
    // there (SIGKILL); `dbThere`: DB existed at that moment.
    void killAt(const QString &root, const QString &db, const Stage &stage, bool *dbThere)
    {
        const QString err = m_tmp.filePath(QStringLiteral("indexer-stderr.txt"));
        wmtest::SteppedChild child(QStringLiteral(WM_BINARY),
                                   {QStringLiteral("index"), root, QStringLiteral("--db"), db,
                                    QStringLiteral("--substring"), QStringLiteral("-q")},
                                   err);
        const QString failure = child.killAt(stage, err, [&] { *dbThere = QFileInfo::exists(db); });
        QVERIFY2(failure.isEmpty(), qPrintable(failure));
    }

    void checkIntegrity(const QString &db) { checkIntegrity(m_root, db); }
    void checkIntegrity(const QString &root, const QString &db)
    {
        QCOMPARE(sqliteShell(db, QStringLiteral("PRAGMA integrity_check")), QStringLiteral("ok"));
        QCOMPARE(sqliteShell(db, QStringLiteral("INSERT INTO fts(fts) VALUES('integrity-check'); "
                                                "INSERT INTO tri(tri) VALUES('integrity-check');")),
                 QString());
        wm::SearchIndex index;
        wm::SearchIndex::OpenOptions o;
        o.create = false;
        o.userPath = true;
        o.fullCheck = true;
        QString message;
        QCOMPARE(index.open(db, wm::SearchIndex::canonicalRoot(root), o, &message),
                 wm::SearchIndex::Status::Opened);
    }

private Q_SLOTS:
    void initTestCase()
    {
        if (!wmtest::hasTool(QStringLiteral("sqlite3")) || !wmtest::hasTool(QStringLiteral("rg")))
            QSKIP("sqlite3 and rg are the references");
        m_root = m_tmp.filePath(QStringLiteral("tree"));
        makeFixture(m_root, 1000, 77, 600);
        m_reference = m_tmp.filePath(QStringLiteral("reference.db"));
        QElapsedTimer t;
        t.start();
        const wmtest::ProcessResult r =
            runWm({QStringLiteral("index"), m_root, QStringLiteral("--db"), m_reference,
                   QStringLiteral("--substring")});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        qInfo("clean index: %lld ms", static_cast<long long>(t.elapsed()));
        m_small = m_tmp.filePath(QStringLiteral("small"));
        makeFixture(m_small, 60, 78);
        m_smallReference = m_tmp.filePath(QStringLiteral("small.db"));
        QCOMPARE(runWm({QStringLiteral("index"), m_small, QStringLiteral("--db"), m_smallReference})
                     .exitCode,
                 0);
    }

    // A first build is staged (tst_indexstaging): killed before it is
    // published it leaves nothing at PATH (so each run starts again from
    // nothing), killed after (it waits at its summary, SteppedChild.h) a
    // complete index, which the next run finds nothing to add to.
    void killedIndexer()
    {
        const QString db = m_tmp.filePath(QStringLiteral("killed.db"));
        const QString staging = db + QStringLiteral(".rebuild");
        const qint64 tree = treeBytes(m_root);
        using wmtest::SteppedChild;
        const Stage stages[] = {
            {QStringLiteral("started"), {}},
            {QStringLiteral("staging file made"),
             [&](const SteppedChild &) { return QFileInfo::exists(staging); }},
            {QStringLiteral("a third of the tree read"),
             [&](const SteppedChild &c) { return c.workerBytesRead() >= tree / 3; }},
            {QStringLiteral("two thirds of the tree read"),
             [&](const SteppedChild &c) { return c.workerBytesRead() >= tree * 2 / 3; }},
            {QStringLiteral("published"),
             [&](const SteppedChild &) { return QFileInfo::exists(db); }},
        };
        for (const Stage &stage : stages) {
            bool published = false;
            killAt(m_root, db, stage, &published);
            if (QTest::currentTestFailed()) return;
            QCOMPARE(published, &stage == &stages[std::size(stages) - 1]);
            QCOMPARE(QFileInfo::exists(db), published); // nothing half made at PATH
            if (!published) continue;
            checkIntegrity(db);
            checkAnswers(db);
        }
        const wmtest::ProcessResult r =
            runWm({QStringLiteral("index"), m_root, QStringLiteral("--db"), db,
                   QStringLiteral("--substring")});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        checkIntegrity(db);
        QCOMPARE(docRows(db), docRows(m_reference));
        for (const QString &w : words())
            QCOMPARE(searchPaths(m_root, db, w), searchPaths(m_root, m_reference, w));
        QCOMPARE(searchPaths(m_root, db, QStringLiteral("lock_arr"), true),
                 searchPaths(m_root, m_reference, QStringLiteral("lock_arr"), true));
        checkAnswers(db);
    }

    // A first build is staged and a killed one leaves nothing
    // (tst_indexstaging); an update of an existing index, like the desktop
    // app's build, is written in place in batched transactions. Killed at
    // any moment (here: once it has read a quarter, a half, three quarters
    // of the files it has to index) it must leave an index that passes
    // SQLite's checks and answers in agreement with what it stored, and the
    // next run completes it to rg's answers on the whole tree.
    void killedUpdate()
    {
        const QString root = m_tmp.filePath(QStringLiteral("grown"));
        const QString db = m_tmp.filePath(QStringLiteral("grown.db"));
        QVERIFY(wmtest::writeFile(root, QStringLiteral("seed.txt"), "alpha zulu\n"));
        QCOMPARE(runWm({QStringLiteral("index"), root, QStringLiteral("--db"), db,
                        QStringLiteral("--substring"), QStringLiteral("-q")})
                     .exitCode,
                 0);
        // The whole fixture arrives at once: about a first build's work, in place.
        const wmtest::ProcessResult cp = spawn(
            QStringLiteral("cp"), {QStringLiteral("-a"), m_root + QStringLiteral("/."), root});
        QVERIFY2(cp.exitCode == 0, cp.err.constData());
        const qint64 tree = treeBytes(root);
        for (const int quarters : {1, 2, 3}) {
            // What this run has to read: the files no earlier run committed.
            bool ok = false;
            const qint64 stored =
                sqliteShell(db, QStringLiteral("SELECT sum(size) FROM docs")).toLongLong(&ok);
            QVERIFY(ok);
            const qint64 target = (tree - stored) * quarters / 4;
            const Stage stage{
                QStringLiteral("%1/4 of the files left read").arg(quarters),
                [&](const wmtest::SteppedChild &c) { return c.workerBytesRead() >= target; }};
            bool dbThere = false;
            killAt(root, db, stage, &dbThere);
            if (QTest::currentTestFailed()) return;
            QVERIFY(!QFileInfo::exists(db + QStringLiteral(".rebuild")));
            checkIntegrity(root, db);
            checkAnswers(root, db);
        }
        const wmtest::ProcessResult r =
            runWm({QStringLiteral("index"), root, QStringLiteral("--db"), db,
                   QStringLiteral("--substring")});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        checkIntegrity(root, db);
        // Every file as a clean index of the same tree stores it, plus the seed.
        QStringList rows = docRows(db);
        QCOMPARE(rows.removeIf([](const QString &row) { return row.startsWith(u"seed.txt|"); }), 1);
        QCOMPARE(rows, docRows(m_reference));
        checkAnswers(root, db);
        QCOMPARE(searchPaths(root, db, QStringLiteral("lock_arr"), true),
                 rgFiles(root, {QStringLiteral("-l"), QStringLiteral("-i"), QStringLiteral("-F"),
                                QStringLiteral("lock_arr")}));
    }

    void damagedFiles_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("message");
        // Files that are not ours (random bytes, text, another application's
        // database) are refused, not rebuilt: tst_indexsafety.
        QTest::newRow("garbage pages") << QStringLiteral("pages") << QStringLiteral("unusable");
        QTest::newRow("truncated") << QStringLiteral("truncated") << QStringLiteral("unusable");
        QTest::newRow("empty file") << QStringLiteral("empty") << QStringLiteral("empty file");
    }

    void damagedFiles()
    {
        QFETCH(QString, kind);
        QFETCH(QString, message);
        const QString db = m_tmp.filePath(QStringLiteral("damaged-%1.db").arg(kind));
        if (kind == QLatin1String("pages") || kind == QLatin1String("truncated")) {
            QVERIFY(QFile::copy(m_smallReference, db));
            const qint64 size = QFileInfo(db).size();
            if (kind == QLatin1String("pages"))
                overwrite(db, 4096 * 3, size / 2, 1);
            else
                QVERIFY(QFile::resize(db, size / 3));
        } else {
            QVERIFY(wmtest::writeFile(m_tmp.path(), QFileInfo(db).fileName(), QByteArray()));
        }
        const QByteArray original = wmtest::readFile(db);
        const wmtest::ProcessResult r =
            runWm({QStringLiteral("search"), m_small, QStringLiteral("zulu"),
                   QStringLiteral("--db"), db, QStringLiteral("--json")});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY2(r.err.contains(message.toUtf8()), r.err.constData());
        QVERIFY2(r.err.contains("rebuilt"), r.err.constData());
        // Nothing lost: the old file was moved aside, byte for byte.
        QCOMPARE(wmtest::readFile(db + QStringLiteral(".damaged")), original);
        // And the rebuilt index answers like the reference.
        const QSet<QString> ref = rgFiles(m_small, {QStringLiteral("-l"), QStringLiteral("-i"),
                                                    QStringLiteral("-w"), QStringLiteral("zulu")});
        QCOMPARE(searchPaths(m_small, db, QStringLiteral("zulu")), ref);
        QCOMPARE(sqliteShell(db, QStringLiteral("PRAGMA integrity_check")), QStringLiteral("ok"));
    }

    // Damage in a large index (no integrity check at open) surfaces at the
    // first query that reads it: reported as damage, then rebuilt.
    void damageFoundByQuery()
    {
        const QString db = m_tmp.filePath(QStringLiteral("late.db"));
        QVERIFY(QFile::copy(m_reference, db));
        const qint64 size = QFileInfo(db).size();
        overwrite(db, size / 2, size / 2 - 4096, 3);
        wm::SearchIndex index;
        wm::SearchIndex::OpenOptions o;
        o.create = false;
        o.userPath = true;
        o.fullCheckBelowBytes = 0;
        QString message;
        const wm::SearchIndex::Status st =
            index.open(db, wm::SearchIndex::canonicalRoot(m_root), o, &message);
        bool detected = st == wm::SearchIndex::Status::Rebuilt;
        if (st == wm::SearchIndex::Status::Opened) {
            wm::SearchEngine engine(index.db());
            for (const QString &w : words()) {
                wm::SearchQuery q;
                q.text = w;
                q.limit = 1000;
                const wm::SearchResult r = engine.search(q);
                if (r.damaged) {
                    detected = true;
                    QCOMPARE(index.rebuild(r.error, &message), wm::SearchIndex::Status::Rebuilt);
                    break;
                }
            }
        }
        QVERIFY2(detected, "half the file overwritten with random bytes went unnoticed");
        QVERIFY(message.contains(QLatin1String("rebuilt")));
    }

    void otherFoldersIndex()
    {
        QTemporaryDir other;
        QVERIFY(wmtest::writeFile(other.path(), QStringLiteral("a.txt"), "hello\n"));
        const QByteArray before = wmtest::readFile(m_reference);
        const wmtest::ProcessResult r =
            runWm({QStringLiteral("search"), other.path(), QStringLiteral("hello"),
                   QStringLiteral("--db"), m_reference});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains("is the index of"), r.err.constData());
        QCOMPARE(wmtest::readFile(m_reference), before);
    }
};

QTEST_GUILESS_MAIN(TestSearchRobustness)
#include "tst_searchrobustness.moc"
