// SPDX-FileCopyrightText: 2026 WhiteMagic contributors
// SPDX-License-Identifier: MIT
//
// What may happen to an index file and to the files around it: a file that
// is not a WhiteMagic index is never renamed, overwritten or deleted;
// damaged copies are set aside without overwriting earlier ones; searching
// with --no-update never changes anything and reports damage; every
// create and rebuild holds the indexer's lock; a rebuild leaves the old
// index to searches until the new one replaces it; a file truncated under
// an open index is an error, not SIGBUS. The sqlite3 shell is the reference
// for what the files hold.
#include "SearchTestSupport.h"
#include "search/AuxFunctions.h"
#include "search/IndexLock.h"
#include "search/SearchSchema.h"

#include <QCryptographicHash>
#include <QTemporaryDir>
#include <QTest>
#include <sys/stat.h>
#include <unistd.h>

using namespace wmsearchtest;

namespace {

struct Counted
{
    static inline int destroyed = 0;
    ~Counted() { ++destroyed; }
};

// An xSetAuxdata that fails as SQLite's does on OOM: it calls the
// destructor itself and returns SQLITE_NOMEM.
int failingSetAuxdata(Fts5Context *, void *aux, void (*xDelete)(void *))
{
    if (xDelete) xDelete(aux);
    return SQLITE_NOMEM;
}

} // namespace

class TestIndexSafety : public QObject
{
    Q_OBJECT

    QTemporaryDir m_tmp;
    QString m_root;

    QString freshIndex(const QString &name)
    {
        const QString db = m_tmp.filePath(name);
        const wmtest::ProcessResult r = runWm(
            {QStringLiteral("index"), m_root, QStringLiteral("--db"), db, QStringLiteral("-q")});
        if (r.exitCode != 0) qWarning("%s", r.err.constData());
        return db;
    }

private Q_SLOTS:
    void initTestCase()
    {
        if (!wmtest::hasTool(QStringLiteral("sqlite3")))
            QSKIP("the sqlite3 shell is the reference");
        m_root = m_tmp.filePath(QStringLiteral("tree"));
        makeFixture(m_root, 40, 91);
    }

    void foreignFilesAreLeftAlone_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::newRow("text file") << QStringLiteral("text");
        QTest::newRow("random bytes") << QStringLiteral("random");
        QTest::newRow("other application's database") << QStringLiteral("sqlite");
    }

    void foreignFilesAreLeftAlone()
    {
        QFETCH(QString, kind);
        const QString db = m_tmp.filePath(QStringLiteral("foreign-%1").arg(kind));
        if (kind == QLatin1String("sqlite")) {
            QCOMPARE(sqliteShell(db, QStringLiteral("CREATE TABLE precious(x); "
                                                    "INSERT INTO precious VALUES(42);")),
                     QString());
        } else {
            QByteArray bytes =
                kind == QLatin1String("text") ? QByteArray("my notes\n") : QByteArray(5000, '\0');
            for (int i = 0; kind == QLatin1String("random") && i < bytes.size(); ++i)
                bytes[i] = char((i * 7919) & 0xff);
            QVERIFY(wmtest::writeFile(m_tmp.path(), QFileInfo(db).fileName(), bytes));
        }
        const QByteArray before = wmtest::readFile(db);
        for (const QStringList &args :
             {QStringList{QStringLiteral("index"), m_root},
              QStringList{QStringLiteral("index"), m_root, QStringLiteral("--rebuild")},
              QStringList{QStringLiteral("search"), m_root, QStringLiteral("alpha")},
              QStringList{QStringLiteral("search"), m_root, QStringLiteral("alpha"),
                          QStringLiteral("--no-update")}}) {
            const wmtest::ProcessResult r = runWm(args + QStringList{QStringLiteral("--db"), db});
            QVERIFY2(r.exitCode != 0, qPrintable(args.join(QLatin1Char(' '))));
            QVERIFY2(r.err.contains("not a WhiteMagic search index"), r.err.constData());
            QCOMPARE(wmtest::readFile(db), before);
            QVERIFY(!QFileInfo::exists(db + QStringLiteral(".damaged")));
        }
        if (kind == QLatin1String("sqlite"))
            QCOMPARE(sqliteShell(db, QStringLiteral("SELECT x FROM precious")),
                     QStringLiteral("42"));
    }

    // Each damaged copy gets its own name; the first is never overwritten.
    void damagedCopiesAreNumbered()
    {
        const QString db = freshIndex(QStringLiteral("numbered.db"));
        QByteArray copies[3];
        for (int round = 0; round < 3; ++round) {
            QVERIFY(QFile::resize(db, 4096 * (round + 2))); // truncated: ours, but damaged
            copies[round] = wmtest::readFile(db);
            const wmtest::ProcessResult r =
                runWm({QStringLiteral("search"), m_root, QStringLiteral("alpha"),
                       QStringLiteral("--db"), db});
            QVERIFY2(r.exitCode == 0, r.err.constData());
            QVERIFY2(r.err.contains("moved to"), r.err.constData());
        }
        QCOMPARE(wmtest::readFile(db + QStringLiteral(".damaged")), copies[0]);
        QCOMPARE(wmtest::readFile(db + QStringLiteral(".damaged.1")), copies[1]);
        QCOMPARE(wmtest::readFile(db + QStringLiteral(".damaged.2")), copies[2]);
        QCOMPARE(sqliteShell(db, QStringLiteral("PRAGMA integrity_check")), QStringLiteral("ok"));
    }

    // --no-update only reads: damage is an error and the file stays as it is.
    void noUpdateReportsDamage()
    {
        const QString db = freshIndex(QStringLiteral("readonly.db"));
        QVERIFY(QFile::resize(db, 4096 * 2));
        const QByteArray before = wmtest::readFile(db);
        const wmtest::ProcessResult r =
            runWm({QStringLiteral("search"), m_root, QStringLiteral("alpha"),
                   QStringLiteral("--db"), db, QStringLiteral("--no-update")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains("unusable"), r.err.constData());
        QVERIFY2(r.err.contains("--rebuild"), r.err.constData());
        QCOMPARE(wmtest::readFile(db), before);
        QVERIFY(!QFileInfo::exists(db + QStringLiteral(".damaged")));
    }

    // An index in the format of an older WhiteMagic (format 1 stored the
    // text uncompressed) is reported as such: a search with --no-update
    // leaves it alone and says how to rebuild it; an update sets the
    // user's --db file aside (never deleted) and builds the current format.
    void olderFormatIsRebuilt()
    {
        const QString db = freshIndex(QStringLiteral("format1.db"));
        QCOMPARE(sqliteShell(db, QStringLiteral("PRAGMA user_version")),
                 QString::number(wm::SearchSchema::version));
        QCOMPARE(sqliteShell(db, QStringLiteral("PRAGMA user_version=1")), QString());
        const QByteArray before = wmtest::readFile(db);
        const wmtest::ProcessResult ro =
            runWm({QStringLiteral("search"), m_root, QStringLiteral("alpha"),
                   QStringLiteral("--db"), db, QStringLiteral("--no-update")});
        QCOMPARE(ro.exitCode, 1);
        QVERIFY2(ro.err.contains("made by an older version of WhiteMagic (format 1"),
                 ro.err.constData());
        QVERIFY2(ro.err.contains("--rebuild"), ro.err.constData());
        QCOMPARE(wmtest::readFile(db), before);
        const wmtest::ProcessResult up = runWm(
            {QStringLiteral("index"), m_root, QStringLiteral("--db"), db, QStringLiteral("-q")});
        QVERIFY2(up.exitCode == 0, up.err.constData());
        QVERIFY2(up.err.contains("older version") && up.err.contains("moved to"),
                 up.err.constData());
        QCOMPARE(wmtest::readFile(db + QStringLiteral(".damaged")), before);
        QCOMPARE(sqliteShell(db, QStringLiteral("PRAGMA user_version")),
                 QString::number(wm::SearchSchema::version));
        const QSet<QString> found = searchPaths(m_root, db, QStringLiteral("alpha"));
        QVERIFY(!found.isEmpty());
        QCOMPARE(found, searchPaths(m_root, freshIndex(QStringLiteral("format2.db")),
                                    QStringLiteral("alpha")));
    }

    // A stored text whose frame no longer decodes (its checksum catches
    // what the decoder alone would not) is damage, reported as such by a
    // search that shows it, never shown as text.
    void damagedBodyIsReported()
    {
        const QString db = freshIndex(QStringLiteral("body.db"));
        const QString id = sqliteShell(
            db, QStringLiteral("SELECT rowid FROM fts WHERE fts MATCH 'content:zulu' LIMIT 1"));
        QVERIFY(id.toLongLong() > 0);
        QCOMPARE(sqliteShell(db, QStringLiteral("UPDATE bodies SET lz4 = substr(lz4, 1, 19) || "
                                                "randomblob(length(lz4) - 27) || "
                                                "substr(lz4, length(lz4) - 7) WHERE id = %1")
                                     .arg(id)),
                 QString());
        const QByteArray before = wmtest::readFile(db);
        const wmtest::ProcessResult r = runWm(
            {QStringLiteral("search"), m_root, QStringLiteral("zulu"), QStringLiteral("--db"), db,
             QStringLiteral("--no-update"), QStringLiteral("--limit"), QStringLiteral("1000")});
        QVERIFY2(r.exitCode != 0, r.out.constData());
        QVERIFY2(r.err.contains("damaged"), r.err.constData());
        QCOMPARE(wmtest::readFile(db), before);
    }

    // A --rebuild while another indexer holds the lock must not empty the index.
    void rebuildWaitsForTheLock()
    {
        const QString db = freshIndex(QStringLiteral("locked.db"));
        const QString count = sqliteShell(db, QStringLiteral("SELECT count(*) FROM docs"));
        QVERIFY(count.toInt() > 0);
        wm::IndexLock lock;
        qint64 holder = 0;
        QString error;
        QVERIFY(lock.tryLock(db, &holder, &error));
        const wmtest::ProcessResult r =
            runWm({QStringLiteral("index"), m_root, QStringLiteral("--db"), db,
                   QStringLiteral("--rebuild")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QByteArray::number(::getpid())), r.err.constData());
        QCOMPARE(sqliteShell(db, QStringLiteral("SELECT count(*) FROM docs")), count);
        lock.unlock();
        QCOMPARE(runWm({QStringLiteral("index"), m_root, QStringLiteral("--db"), db,
                        QStringLiteral("--rebuild"), QStringLiteral("-q")})
                     .exitCode,
                 0);
        QCOMPARE(sqliteShell(db, QStringLiteral("SELECT count(*) FROM docs")), count);
    }

    // Searches see the old index while the new one is built, then the new one.
    void rebuildSwapsInTheNewIndex()
    {
        const QString db = freshIndex(QStringLiteral("swap.db"));
        const QString canon = wm::SearchIndex::canonicalRoot(m_root);
        const QSet<QString> before = searchPaths(m_root, db, QStringLiteral("alpha"));
        QVERIFY(!before.isEmpty());
        wm::SearchIndex fresh;
        wm::SearchIndex::OpenOptions o;
        o.userPath = true;
        o.fresh = true;
        QString message;
        QCOMPARE(fresh.open(db, canon, o, &message), wm::SearchIndex::Status::Created);
        QVERIFY(fresh.path() != db);
        wm::IndexOptions io;
        io.walk.root = canon;
        io.walk.excludes = {QStringLiteral("*.md")}; // the new index differs from the old
        const wm::IndexStats s = wm::IndexUpdater::run(fresh, io, nullptr);
        QVERIFY2(s.fatalError.isEmpty(), qPrintable(s.fatalError));
        QCOMPARE(searchPaths(m_root, db, QStringLiteral("alpha")), before);
        QString error;
        QVERIFY2(fresh.publish(&error), qPrintable(error));
        QCOMPARE(fresh.path(), db);
        QSet<QString> expected;
        for (const QString &p : before)
            if (!p.endsWith(QLatin1String(".md"))) expected.insert(p);
        QCOMPARE(searchPaths(m_root, db, QStringLiteral("alpha")), expected);
        QVERIFY(!QFileInfo::exists(db + QStringLiteral(".rebuild")));
        QCOMPARE(sqliteShell(db, QStringLiteral("PRAGMA integrity_check")), QStringLiteral("ok"));
    }

    // An abandoned rebuild leaves the old index untouched.
    void abandonedRebuildKeepsTheOld()
    {
        const QString db = freshIndex(QStringLiteral("abandon.db"));
        const QByteArray before = wmtest::readFile(db);
        {
            wm::SearchIndex fresh;
            wm::SearchIndex::OpenOptions o;
            o.fresh = true;
            QCOMPARE(fresh.open(db, wm::SearchIndex::canonicalRoot(m_root), o, nullptr),
                     wm::SearchIndex::Status::Created);
        }
        QCOMPARE(wmtest::readFile(db), before);
        QVERIFY(!QFileInfo::exists(db + QStringLiteral(".rebuild")));
    }

    // Truncated under an open connection: SQLITE_CORRUPT or an I/O error, not SIGBUS.
    void truncatedWhileOpen()
    {
        const QString db = m_tmp.filePath(QStringLiteral("shrinking.db"));
        QVERIFY(indexFolder(m_root, db).fatalError.isEmpty());
        wm::SearchIndex index;
        wm::SearchIndex::OpenOptions o;
        o.create = false;
        QCOMPARE(index.open(db, wm::SearchIndex::canonicalRoot(m_root), o, nullptr),
                 wm::SearchIndex::Status::Opened);
        wm::SearchEngine engine(index.db());
        wm::SearchQuery q;
        q.text = QStringLiteral("alpha OR bravo OR charlie");
        q.limit = 1000;
        QVERIFY(engine.search(q).ok());
        QVERIFY(QFile::resize(db, 4096));
        // With the file memory-mapped this query died of SIGBUS (the test
        // crashed). Now pages come through read(): an error or cached pages.
        const wm::SearchResult r = engine.search(q);
        QVERIFY2(r.ok() || r.damaged || r.status == wm::SearchResult::Status::Failed,
                 qPrintable(r.error));
    }

    // An index kept inside the folder it indexes never indexes itself,
    // its WAL, its lock or a rebuild's staging file.
    void ownFilesAreNotIndexed()
    {
        QTemporaryDir dir;
        makeFixture(dir.path(), 20, 92);
        const QString db = dir.filePath(QStringLiteral("d01/own.db"));
        for (const QStringList &extra :
             {QStringList{}, QStringList{}, QStringList{QStringLiteral("--rebuild")}}) {
            const wmtest::ProcessResult r =
                runWm(QStringList{QStringLiteral("index"), dir.path(), QStringLiteral("--db"), db,
                                  QStringLiteral("-q")} +
                      extra);
            QVERIFY2(r.exitCode == 0, r.err.constData());
            QCOMPARE(sqliteShell(db, QStringLiteral("SELECT count(*) FROM docs WHERE path LIKE "
                                                    "'%own.db%'")),
                     QStringLiteral("0"));
        }
        QVERIFY(QFileInfo::exists(db + QStringLiteral(".lock")));
    }

    void maxContentIsBounded()
    {
        const wmtest::ProcessResult r =
            runWm({QStringLiteral("index"), m_root, QStringLiteral("--db"),
                   m_tmp.filePath(QStringLiteral("big.db")), QStringLiteral("--max-content"),
                   QStringLiteral("4G")});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains("--max-content"), r.err.constData());
        QVERIFY(!QFileInfo::exists(m_tmp.filePath(QStringLiteral("big.db"))));
    }

    // SQLite frees the aux data itself when xSetAuxdata fails; it must be
    // freed exactly once.
    void failedSetAuxdataFreesOnce()
    {
        Fts5ExtensionApi api{};
        api.xSetAuxdata = failingSetAuxdata;
        Counted::destroyed = 0;
        int rc = SQLITE_OK;
        Counted *stored =
            wm::AuxFunctions::storeAuxdata(&api, nullptr, std::make_unique<Counted>(), &rc);
        QCOMPARE(stored, nullptr);
        QCOMPARE(rc, SQLITE_NOMEM);
        QCOMPARE(Counted::destroyed, 1);
    }
    // Two folders whose names differ only in bytes that are not UTF-8 get
    // an index each in the default location: the file name's hash is over
    // the path's bytes (sha1 of the bytes, computed here from the raw
    // string), not over its display form, where both bytes read as U+FFFD.
    void nonUtf8FoldersKeepTheirOwnIndex()
    {
        QTemporaryDir tmp, data;
        const QByteArray base = QFile::encodeName(QDir(tmp.path()).canonicalPath());
        const QByteArray names[2] = {base + "/x\xff", base + "/x\xfe"};
        const char *words[2] = {"quokka\n", "wombat\n"};
        const QString links[2] = {tmp.filePath(QStringLiteral("a")),
                                  tmp.filePath(QStringLiteral("b"))};
        const QStringList env{QStringLiteral("XDG_DATA_HOME=") + data.path()};
        for (int i = 0; i < 2; ++i) {
            QVERIFY(::mkdir(names[i].constData(), 0755) == 0);
            // The CLI is given an ASCII symbolic link: argv from the test
            // harness is UTF-8, the canonical folder is the raw name.
            QVERIFY(::symlink(names[i].constData(), QFile::encodeName(links[i]).constData()) == 0);
            QVERIFY(wmtest::writeFile(links[i], QStringLiteral("f.txt"), words[i]));
            const wmtest::ProcessResult r =
                runWm({QStringLiteral("index"), links[i], QStringLiteral("-q")}, {{}, env});
            QVERIFY2(r.exitCode == 0, r.err.constData());
        }
        QStringList made = QDir(data.path() + QStringLiteral("/WhiteMagic/search"))
                               .entryList({QStringLiteral("*.db")}, QDir::Files);
        made.sort();
        QStringList expected;
        for (const QByteArray &n : names)
            expected
                << QStringLiteral("x_-%1.db")
                       .arg(QString::fromLatin1(
                           QCryptographicHash::hash(n, QCryptographicHash::Sha1).toHex().left(16)));
        expected.sort();
        QCOMPARE(made, expected);
        for (int i = 0; i < 2; ++i) {
            const wmtest::ProcessResult own =
                runWm({QStringLiteral("search"), links[i], QString::fromLatin1(words[i]).trimmed(),
                       QStringLiteral("--no-update")},
                      {{}, env});
            QVERIFY2(own.exitCode == 0, own.err.constData());
            const wmtest::ProcessResult other =
                runWm({QStringLiteral("search"), links[i],
                       QString::fromLatin1(words[1 - i]).trimmed(), QStringLiteral("--no-update")},
                      {{}, env});
            QCOMPARE(other.exitCode, 1); // no match, like rg
        }
        // QTemporaryDir cannot remove names Qt cannot decode: remove them by bytes.
        for (const QByteArray &n : names) {
            ::unlink((n + "/f.txt").constData());
            ::rmdir(n.constData());
        }
    }
};

QTEST_GUILESS_MAIN(TestIndexSafety)
#include "tst_indexsafety.moc"
