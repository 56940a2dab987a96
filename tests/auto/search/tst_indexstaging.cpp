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
// what the files hold.
#include "SearchTestSupport.h"

#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <csignal>
#include <sys/wait.h>

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

    wmtest::ProcessResult index(const QString &db, const QStringList &extra = {})
    {
        return runWm(QStringList{QStringLiteral("index"), m_root, QStringLiteral("--db"), db,
                                 QStringLiteral("-q")} +
                     extra);
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

    // Starts `wm index` and returns once it is building (its staging file
    // exists and it has had `ms` to get on with it).
    pid_t startBuild(const QString &db, int ms)
    {
        const pid_t pid = spawnDetached(
            QStringLiteral(WM_BINARY),
            {QStringLiteral("index"), m_root, QStringLiteral("--db"), db, QStringLiteral("-q")});
        QElapsedTimer t;
        t.start();
        while (!QFileInfo::exists(db + QStringLiteral(".rebuild")) && t.elapsed() < 10000)
            QThread::msleep(1);
        QThread::msleep(static_cast<unsigned long>(ms));
        return pid;
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

    // Killed while building: nothing at PATH (whole or not at all), and the
    // next run builds the index from nothing.
    void killedBuildLeavesNoIndex()
    {
        const QString db = m_tmp.filePath(QStringLiteral("killed.db"));
        for (const int ms : {30}) {
            const pid_t pid = startBuild(db, ms);
            QVERIFY(pid > 0);
            QVERIFY2(killAndReap(pid),
                     "the indexer finished before it could be killed; make the fixture larger");
            QVERIFY(!QFileInfo::exists(db));
        }
        const wmtest::ProcessResult r = index(db);
        QVERIFY2(r.exitCode == 0, r.err.constData());
        checkSameAsReference(db);
    }

    // Interrupted (SIGINT, Ctrl-C) while building: what was indexed is
    // published and usable, and the next run completes it.
    void interruptedBuildIsPublished()
    {
        const QString db = m_tmp.filePath(QStringLiteral("interrupted.db"));
        // (The interrupt handler is set up as soon as the staging file is made.)
        const pid_t pid = startBuild(db, 30);
        QVERIFY(pid > 0);
        ::kill(pid, SIGINT);
        int status = 0;
        while (::waitpid(pid, &status, 0) < 0 && errno == EINTR) {
        }
        QVERIFY2(WIFEXITED(status), "wm index died of the signal instead of stopping");
        QVERIFY2(WEXITSTATUS(status) != 0,
                 "the indexer finished before the interrupt; make the fixture larger");
        QCOMPARE(WEXITSTATUS(status), 1);
        QCOMPARE(sqliteShell(db, QStringLiteral("PRAGMA integrity_check")), QStringLiteral("ok"));
        // Not marked complete: "0" once the writer's first transaction
        // began, no row at all when the interrupt came before it (seen
        // under ASan, whose start-up is slower than the 30 ms wait).
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
