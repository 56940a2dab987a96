// SPDX-FileCopyrightText: 2026 WhiteMagic contributors
// SPDX-License-Identifier: MIT
//
// A first `wm index` is built in a staging file (PATH.rebuild) without a
// WAL and in one transaction, then published (WAL mode, fsync, rename):
// the published index must hold exactly what an index updated in place in
// WAL batches holds (the GUI's way), a build killed midway must leave no
// index at PATH and its leftovers must go at the next run, an interrupted
// first build is published and completed by the next run, and a file that
// is not ours is never removed. The sqlite3 shell is the reference for
// what the files hold. Kills and interrupts come at stages of the build,
// not after times (SteppedChild.h), so they land at any speed (TSan, load).
#include "SearchTestSupport.h"
#include "SteppedChild.h"

#include <QTemporaryDir>
#include <QTest>
#include <csignal>
#include <functional>
#include <sys/wait.h>
#include <vector>

using namespace wmsearchtest;

namespace {

// Every row of docs that says what the index holds, in key order.
QString docRows(const QString &db)
{
    // (length(lz4): the stored frame's length; the same text compresses the
    // same way whichever way the index was built.)
    return sqliteShell(db, QStringLiteral("SELECT CAST(key AS TEXT), path, size, hash, state, "
                                          "length(lz4) FROM docs LEFT JOIN bodies USING(id) "
                                          "ORDER BY key"));
}

QStringList leftovers(const QString &db)
{
    const QFileInfo info(db);
    QStringList names = info.absoluteDir().entryList({info.fileName() + QStringLiteral(".*")},
                                                     QDir::Files | QDir::Hidden);
    names.removeAll(info.fileName() + QStringLiteral(".lock"));
    return names;
}

} // namespace

class TestIndexStaging : public QObject
{
    Q_OBJECT

    QTemporaryDir m_tmp;
    QString m_root;
    QString m_reference; // updated in place, in WAL batches

    QStringList indexArgs(const QString &db) const
    {
        return {QStringLiteral("index"), m_root, QStringLiteral("--db"), db, QStringLiteral("-q")};
    }

    wmtest::ProcessResult index(const QString &db, const QStringList &extra = {})
    {
        return runWm(indexArgs(db) + extra);
    }

    void checkSameAsReference(const QString &db)
    {
        QCOMPARE(sqliteShell(db, QStringLiteral("PRAGMA integrity_check")), QStringLiteral("ok"));
        QCOMPARE(sqliteShell(db, QStringLiteral("INSERT INTO fts(fts) VALUES('integrity-check')")),
                 QString());
        QCOMPARE(sqliteShell(db, QStringLiteral("PRAGMA journal_mode")), QStringLiteral("wal"));
        QCOMPARE(sqliteShell(db, QStringLiteral("SELECT value FROM meta WHERE key = 'complete'")),
                 QStringLiteral("1"));
        QVERIFY2(!docRows(db).startsWith(QLatin1String("Error")), qPrintable(docRows(db)));
        QCOMPARE(docRows(db), docRows(m_reference));
        for (const QString &w : vocabulary().mid(20, 12))
            QCOMPARE(searchPaths(m_root, db, w), searchPaths(m_root, m_reference, w));
        QCOMPARE(searchPaths(m_root, db, QStringLiteral("\"alpha bravo\"")),
                 searchPaths(m_root, m_reference, QStringLiteral("\"alpha bravo\"")));
        QCOMPARE(leftovers(db), QStringList());
    }

    // Where a first build is stopped, asked while the child is stopped
    // (SteppedChild.h: at a stage of its work, whatever its speed).
    using Stage = wmtest::SteppedChild::Stage;

    // The stages of a first build of m_root into `db`, all before it is
    // published: started, its staging file made, a third and two thirds of
    // the tree read (on its reader threads).
    std::vector<Stage> buildStages(const QString &db) const
    {
        const QString staging = db + QStringLiteral(".rebuild");
        const qint64 tree = treeBytes(m_root);
        using wmtest::SteppedChild;
        return {
            {QStringLiteral("started"), {}},
            {QStringLiteral("staging file made"),
             [staging](const SteppedChild &) { return QFileInfo::exists(staging); }},
            {QStringLiteral("a third of the tree read"),
             [tree](const SteppedChild &c) { return c.workerBytesRead() >= tree / 3; }},
            {QStringLiteral("two thirds of the tree read"),
             [tree](const SteppedChild &c) { return c.workerBytesRead() >= tree * 2 / 3; }},
        };
    }

    // Runs `child` (`wm index ROOT --db DB -q`, its standard error in
    // `err`) to `stage` and leaves it stopped there.
    void runTo(wmtest::SteppedChild &child, const Stage &stage, const QString &err)
    {
        const QString failure = child.runTo(stage, err);
        QVERIFY2(failure.isEmpty(), qPrintable(failure));
    }

private Q_SLOTS:
    void initTestCase()
    {
        if (!wmtest::hasTool(QStringLiteral("sqlite3")))
            QSKIP("the sqlite3 shell is the reference");
        m_root = m_tmp.filePath(QStringLiteral("tree"));
        makeFixture(m_root, 400, 93, 1500);
        m_reference = m_tmp.filePath(QStringLiteral("reference.db"));
        const wm::IndexStats s = indexFolder(m_root, m_reference);
        QVERIFY2(s.fatalError.isEmpty(), qPrintable(s.fatalError));
        QVERIFY(s.added > 400);
    }

    void firstBuildIsStagedAndPublished()
    {
        const QString db = m_tmp.filePath(QStringLiteral("staged.db"));
        const wmtest::ProcessResult r = index(db);
        QVERIFY2(r.exitCode == 0, r.err.constData());
        checkSameAsReference(db);
    }

    // What a killed build left (its staging file, the private file of a
    // creation) goes at the next run under the lock; a file of that name
    // that is not ours stays.
    void leftoversAreRemoved()
    {
        const QString db = m_tmp.filePath(QStringLiteral("left.db"));
        QVERIFY(QFile::copy(m_reference, db + QStringLiteral(".rebuild")));
        QVERIFY(wmtest::writeFile(m_tmp.path(), QStringLiteral("left.db.new-4242"), QByteArray()));
        QVERIFY(QFile::copy(m_reference, db + QStringLiteral(".rebuild.new-77")));
        const QByteArray notes("my notes, not an index\n");
        QVERIFY(wmtest::writeFile(m_tmp.path(), QStringLiteral("left.db.new-5"), notes));
        const wmtest::ProcessResult r = index(db);
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QCOMPARE(leftovers(db), QStringList{QStringLiteral("left.db.new-5")});
        QCOMPARE(wmtest::readFile(db + QStringLiteral(".new-5")), notes);
        QVERIFY(QFile::remove(db + QStringLiteral(".new-5")));
        QCOMPARE(docRows(db), docRows(m_reference));
    }

    // Killed while building (SIGKILL, at each stage): nothing at PATH
    // (whole or not at all), its staging file left once it was made, and
    // the next run removes what was left and builds the index from nothing.
    void killedBuildLeavesNoIndex()
    {
        const QString db = m_tmp.filePath(QStringLiteral("killed.db"));
        const QString err = m_tmp.filePath(QStringLiteral("killed-stderr.txt"));
        const std::vector<Stage> stages = buildStages(db);
        for (const Stage &stage : stages) {
            wmtest::SteppedChild child(QStringLiteral(WM_BINARY), indexArgs(db), err);
            const QString failure = child.killAt(stage, err);
            QVERIFY2(failure.isEmpty(), qPrintable(failure));
            QVERIFY(!QFileInfo::exists(db));
            if (&stage != &stages.front()) // (at "started" it may not have made it yet)
                QVERIFY2(leftovers(db).contains(QStringLiteral("killed.db.rebuild")),
                         qPrintable(stage.name + QStringLiteral(": ") + leftovers(db).join(u' ')));
        }
        const wmtest::ProcessResult r = index(db);
        QVERIFY2(r.exitCode == 0, r.err.constData());
        checkSameAsReference(db);
    }

    // Interrupted (SIGINT, Ctrl-C) while building, once a third of the tree
    // is read: what was indexed is published and usable, and the next run
    // completes it.
    void interruptedBuildIsPublished()
    {
        const QString db = m_tmp.filePath(QStringLiteral("interrupted.db"));
        const QString err = m_tmp.filePath(QStringLiteral("interrupted-stderr.txt"));
        // (The interrupt handler is set up once the staging file is open,
        // before the first file is read.)
        const Stage stage = buildStages(db).at(2);
        wmtest::SteppedChild child(QStringLiteral(WM_BINARY), indexArgs(db), err);
        runTo(child, stage, err);
        if (QTest::currentTestFailed()) return;
        QVERIFY(!QFileInfo::exists(db));
        const qint64 read = child.workerBytesRead();
        QVERIFY(child.signal(SIGINT)); // acted on once it runs again
        QVERIFY2(child.runToEnd(), "wm index did not stop after the interrupt");
        qInfo("interrupted at %lld bytes read off the main thread", static_cast<long long>(read));
        // -q: nothing to say; no error, no sanitizer report.
        QCOMPARE(QString::fromUtf8(wmtest::readFile(err)), QString());
        const int status = child.status();
        QVERIFY2(WIFEXITED(status), "wm index died of the signal instead of stopping");
        QCOMPARE(WEXITSTATUS(status), 1);
        QCOMPARE(sqliteShell(db, QStringLiteral("PRAGMA integrity_check")), QStringLiteral("ok"));
        // Not marked complete: "0" once the writer's first transaction
        // began, no row at all when the interrupt came before it.
        const QString complete =
            sqliteShell(db, QStringLiteral("SELECT value FROM meta WHERE key = 'complete'"));
        QVERIFY2(complete == QLatin1String("0") || complete.isEmpty(), qPrintable(complete));
        const wmtest::ProcessResult r = index(db);
        QVERIFY2(r.exitCode == 0, r.err.constData());
        checkSameAsReference(db);
    }
};

QTEST_GUILESS_MAIN(TestIndexStaging)
#include "tst_indexstaging.moc"
