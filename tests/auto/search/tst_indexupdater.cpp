// SPDX-FileCopyrightText: 2026 WhiteMagic contributors
// SPDX-License-Identifier: MIT
//
// Incremental updates: what a rerun adds, re-indexes, touches and drops,
// checked against the walk's reference (rg --files) and against what the
// index then answers.
#include "SearchTestSupport.h"
#include "concurrency/CancelToken.h"
#include "search/IndexLock.h"
#include "search/SqlStatement.h"

#include <QTest>
#include <sys/stat.h>
#include <unistd.h>

using namespace wmsearchtest;

namespace {

QSet<QString> indexedPaths(const QString &root, const QString &db)
{
    wm::SearchIndex index;
    wm::SearchIndex::OpenOptions o;
    o.create = false;
    o.userPath = true;
    index.open(db, wm::SearchIndex::canonicalRoot(root), o, nullptr);
    QSet<QString> out;
    wm::SqlStatement st(index.db().handle(), "SELECT path FROM docs");
    while (st.step())
        out.insert(st.text(0));
    return out;
}

} // namespace

class TestIndexUpdater : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void incremental()
    {
        WM_REQUIRE_TOOL("rg");
        const IndexedTree t;
        const Fixture fx = makeFixture(t.root, 60, 99);

        wm::IndexStats s = t.index();
        QVERIFY2(s.fatalError.isEmpty(), qPrintable(s.fatalError));
        QCOMPARE(s.added, qint64(fx.textFiles));
        QCOMPARE(s.skipped, qint64(fx.binaryFiles));
        QCOMPARE(s.updated + s.removed, qint64(0));
        QCOMPARE(s.repaired, qint64(2)); // broken.txt, touching.txt
        // Same files as the reference walk (binaries are remembered too).
        QCOMPARE(indexedPaths(t.root, t.db), rgFiles(t.root, {QStringLiteral("--files")}));

        // Nothing changed: nothing read, nothing written.
        s = t.index();
        QCOMPARE(s.read, qint64(0));
        QCOMPARE(s.changes(), qint64(0));
        QCOMPARE(s.unchanged, qint64(fx.paths.size()));

        // Add one, change one (same size), touch one (same content), delete one, rename one.
        QVERIFY(wmtest::writeFile(t.root, QStringLiteral("d00/new.txt"), "brandnewword here\n"));
        backdate(t.root + QStringLiteral("/d00/new.txt"), 30);
        const QByteArray before = wmtest::readFile(t.root + QStringLiteral("/d01/f001.md"));
        QByteArray changed = before;
        changed.replace(0, 5, "qwxyz");
        QVERIFY(changed.size() == before.size() && changed != before);
        QVERIFY(wmtest::writeFile(t.root, QStringLiteral("d01/f001.md"), changed));
        backdate(t.root + QStringLiteral("/d01/f001.md"), 60); // a different mtime, not racy
        backdate(t.root + QStringLiteral("/d02/f002.c"), 120); // touched only
        QVERIFY(QFile::remove(t.root + QStringLiteral("/d03/f003.txt")));
        QVERIFY(QFile::rename(t.root + QStringLiteral("/d04/f004.md"),
                              t.root + QStringLiteral("/d04/renamed.md")));

        s = t.index();
        QVERIFY2(s.fatalError.isEmpty(), qPrintable(s.fatalError));
        QCOMPARE(s.added, qint64(2)); // new.txt, renamed.md
        QCOMPARE(s.updated, qint64(1));
        QCOMPARE(s.removed, qint64(2)); // f003.txt, f004.md
        QCOMPARE(s.read, qint64(4));    // new, renamed, changed, touched
        QCOMPARE(indexedPaths(t.root, t.db), rgFiles(t.root, {QStringLiteral("--files")}));

        QCOMPARE(searchPaths(t.root, t.db, QStringLiteral("brandnewword")),
                 QSet<QString>{QStringLiteral("d00/new.txt")});
        QCOMPARE(searchPaths(t.root, t.db, QStringLiteral("qwxyz*")),
                 QSet<QString>{QStringLiteral("d01/f001.md")});
        QVERIFY(searchPaths(t.root, t.db, QStringLiteral("name:f003")).isEmpty());
        QCOMPARE(searchPaths(t.root, t.db, QStringLiteral("name:renamed")),
                 QSet<QString>{QStringLiteral("d04/renamed.md")});
        for (const QString &w :
             {QStringLiteral("alpha"), QStringLiteral("zulu"), QStringLiteral("kmalloc")}) {
            const QSet<QString> ref = rgFiles(
                t.root, {QStringLiteral("-l"), QStringLiteral("-i"), QStringLiteral("-w"), w});
            QCOMPARE(searchPaths(t.root, t.db, w), ref);
        }
        // The touched file was only re-stamped: a third run reads nothing.
        s = t.index();
        QCOMPARE(s.read, qint64(0));
        // A file written just now is read again next time (it may still be
        // changing within the timestamp granularity), then left alone.
        QVERIFY(wmtest::writeFile(t.root, QStringLiteral("d00/now.txt"), "nowword\n"));
        QCOMPARE(t.index().added, qint64(1));
        s = t.index();
        QCOMPARE(s.read, qint64(1));
        QCOMPARE(s.changes(), qint64(0));
    }

    // Two writes within the file system's timestamp granularity: the second
    // leaves size and mtime as they were, and is still noticed.
    void racyWrites()
    {
        const IndexedTree t;
        QVERIFY(wmtest::writeFile(t.root, QStringLiteral("a.txt"), "firstword\n"));
        const QDateTime stamp = QFileInfo(t.root + QStringLiteral("/a.txt")).lastModified();
        QCOMPARE(t.index().added, qint64(1));
        QVERIFY(wmtest::writeFile(t.root, QStringLiteral("a.txt"), "otherword\n"));
        {
            QFile f(t.root + QStringLiteral("/a.txt"));
            QVERIFY(f.open(QIODevice::ReadWrite));
            QVERIFY(f.setFileTime(stamp, QFileDevice::FileModificationTime));
        }
        const wm::IndexStats s = t.index();
        QCOMPARE(s.updated, qint64(1));
        QCOMPARE(searchPaths(t.root, t.db, QStringLiteral("otherword")),
                 QSet<QString>{QStringLiteral("a.txt")});
        QVERIFY(searchPaths(t.root, t.db, QStringLiteral("firstword")).isEmpty());
    }

    void binaryAndText()
    {
        const IndexedTree t;
        QVERIFY(wmtest::writeFile(t.root, QStringLiteral("x.dat"), "textword\n"));
        backdate(t.root + QStringLiteral("/x.dat"), 300);
        QCOMPARE(t.index().added, qint64(1));
        QVERIFY(wmtest::writeFile(t.root, QStringLiteral("x.dat"), QByteArray("\0textword", 9)));
        backdate(t.root + QStringLiteral("/x.dat"), 200);
        wm::IndexStats s = t.index();
        QCOMPARE(s.skipped, qint64(1));
        QVERIFY(searchPaths(t.root, t.db, QStringLiteral("textword")).isEmpty());
        QVERIFY(wmtest::writeFile(t.root, QStringLiteral("x.dat"), "textword again\n"));
        backdate(t.root + QStringLiteral("/x.dat"), 100);
        s = t.index();
        QCOMPARE(s.added, qint64(1)); // known file, but it had no text before
        QCOMPARE(searchPaths(t.root, t.db, QStringLiteral("textword")),
                 QSet<QString>{QStringLiteral("x.dat")});
    }

    // A folder the walk cannot list keeps its files in the index.
    // A folder that cannot be listed keeps its files in the index (not
    // "removed"). Root lists anything, so wm runs as 'nobody' then (setpriv).
    void unlistableFolder()
    {
        QStringList prefix;
        if (::geteuid() == 0) {
            if (!wmtest::hasTool(QStringLiteral("setpriv"))) QSKIP("needs setpriv to drop root");
            prefix = {QStringLiteral("--reuid=65534"), QStringLiteral("--regid=65534"),
                      QStringLiteral("--clear-groups"), QStringLiteral("--"),
                      QStringLiteral(WM_BINARY)};
        }
        const IndexedTree t(QStringLiteral("/tmp/wm-unlistable-XXXXXX"));
        QVERIFY(::chmod(QFile::encodeName(t.tmp.path()).constData(), 0777) == 0);
        QVERIFY(wmtest::writeFile(t.root, QStringLiteral("locked/in.txt"), "keptword\n"));
        QVERIFY(wmtest::writeFile(t.root, QStringLiteral("open.txt"), "other\n"));
        for (const QString &p : {t.root, t.root + QStringLiteral("/locked")})
            QVERIFY(::chmod(QFile::encodeName(p).constData(), 0755) == 0);
        const auto wm = [&](const QStringList &args) {
            return prefix.isEmpty() ? runWm(args) : spawn(QStringLiteral("setpriv"), prefix + args);
        };
        const QStringList index{QStringLiteral("index"), t.root, QStringLiteral("--db"), t.db};
        const wmtest::ProcessResult first = wm(index);
        QVERIFY2(first.exitCode == 0, first.err.constData());
        QVERIFY2(first.out.contains("added 2,"), first.out.constData());
        QVERIFY(::chmod(QFile::encodeName(t.root + QStringLiteral("/locked")).constData(), 0) == 0);
        const wmtest::ProcessResult second = wm(index);
        ::chmod(QFile::encodeName(t.root + QStringLiteral("/locked")).constData(), 0755);
        QCOMPARE(second.exitCode, 1); // finished, with an unreadable folder
        QVERIFY2(second.out.contains("removed 0,"), second.out.constData());
        QVERIFY2(second.err.contains("locked"), second.err.constData());
        const wmtest::ProcessResult found =
            wm({QStringLiteral("search"), t.root, QStringLiteral("keptword"),
                QStringLiteral("--db"), t.db, QStringLiteral("--no-update")});
        QCOMPARE(found.exitCode, 0);
        QCOMPARE(found.out.split('\n').value(0), QByteArray("locked/in.txt:1"));
    }

    void cancelAndResume()
    {
        const IndexedTree t;
        const Fixture fx = makeFixture(t.root, 300, 5);
        wm::CancelToken cancel;
        cancel.cancel();
        wm::IndexStats s = indexFolder(t.root, t.db, false, &cancel);
        QVERIFY(s.cancelled);
        QVERIFY(s.fatalError.isEmpty());
        s = t.index();
        QVERIFY(!s.cancelled);
        QCOMPARE(searchPaths(t.root, t.db, QStringLiteral("name:f299")).size(), 1);
        QCOMPARE(indexedPaths(t.root, t.db).size(), fx.paths.size());
    }

    void substringLifecycle()
    {
        const IndexedTree t;
        QVERIFY(t.indexFixture(40, 8));
        wm::SearchResult::Status status;
        searchPaths(t.root, t.db, QStringLiteral("utex"), true, &status);
        QCOMPARE(status, wm::SearchResult::Status::NotAvailable);
        // Built from the stored text on demand, then kept in step.
        wm::IndexStats s = indexFolder(t.root, t.db, true);
        QVERIFY(s.substringDocs > 0);
        QVERIFY(!searchPaths(t.root, t.db, QStringLiteral("utex"), true, &status).isEmpty());
        QCOMPARE(status, wm::SearchResult::Status::Ok);
        QVERIFY(wmtest::writeFile(t.root, QStringLiteral("late.txt"), "zzsubstringzz\n"));
        t.index(); // Keep: still maintained
        QCOMPARE(searchPaths(t.root, t.db, QStringLiteral("substring"), true),
                 QSet<QString>{QStringLiteral("late.txt")});
        QVERIFY(QFile::remove(t.root + QStringLiteral("/late.txt")));
        t.index();
        QVERIFY(searchPaths(t.root, t.db, QStringLiteral("substring"), true).isEmpty());
        // Disabling drops it.
        wm::SearchIndex index;
        wm::SearchIndex::OpenOptions o;
        o.userPath = true;
        QCOMPARE(index.open(t.db, wm::SearchIndex::canonicalRoot(t.root), o, nullptr),
                 wm::SearchIndex::Status::Opened);
        wm::IndexOptions io;
        io.walk.root = wm::SearchIndex::canonicalRoot(t.root);
        io.substring = wm::IndexOptions::Substring::Disable;
        QVERIFY(wm::IndexUpdater::run(index, io).fatalError.isEmpty());
        QCOMPARE(index.meta(QStringLiteral("substring")), QStringLiteral("0"));
        QCOMPARE(index.db().queryInt("SELECT count(*) FROM tri_data"),
                 index.db().queryInt("SELECT count(*) FROM tri_data WHERE id <= 10"));
    }

    // Two indexers on one index: the second is turned away, not interleaved.
    void secondIndexerIsBusy()
    {
        const IndexedTree t;
        QVERIFY(t.indexFixture(5, 1));
        wm::IndexLock lock;
        qint64 holder = 0;
        QString error;
        QVERIFY(lock.tryLock(t.db, &holder, &error));
        const wm::IndexStats s = t.index();
        QVERIFY(s.busy);
        QVERIFY(s.fatalError.contains(QString::number(::getpid())));
        lock.unlock();
        QVERIFY(!t.index().busy);
    }
    // The writer replays tokens the reader threads computed (TokenReplay):
    // the index must hold exactly what SQLite's own tokenizer makes of the
    // same text. Reference: the sqlite3 shell loads the same rows into the
    // same FTS table; every token instance (term, file, column, offset) and
    // the prefix index must agree, on a fixture with upper case, accents,
    // CJK and repaired invalid UTF-8. The shell has no wm_body(): the text
    // it loads is what the `lz4` tool decompresses from wm's stored frames
    // (which checks those too), into plain-text bodies.
    void tokensAsTheShellMakesThem()
    {
        WM_REQUIRE_TOOL("sqlite3");
        WM_REQUIRE_TOOL("lz4");
        const IndexedTree t;
        const QString ref = t.tmp.filePath(QStringLiteral("ref.db"));
        QVERIFY(t.indexFixture(40, 7));
        const QString texts = decompressedBodies(t);
        QVERIFY(!texts.isEmpty());
        const wmtest::ProcessResult schema =
            spawn(QStringLiteral("sqlite3"),
                  {t.db, QStringLiteral("SELECT sql || ';' FROM sqlite_master WHERE name IN "
                                        "('docs','fts') ORDER BY rowid")});
        QCOMPARE(schema.exitCode, 0);
        QVERIFY(schema.out.contains("content='docview'"));
        const QString load =
            QString::fromUtf8(schema.out) +
            QStringLiteral(
                "CREATE TABLE bodies(id INTEGER PRIMARY KEY, content TEXT NOT NULL); "
                "CREATE VIEW docview AS SELECT d.id AS id, d.path AS path, d.name AS name, "
                "d.ext AS ext, d.title AS title, d.tags AS tags, b.content AS content "
                "FROM docs AS d JOIN bodies AS b ON b.id = d.id; "
                "ATTACH '%1' AS src; INSERT INTO docs SELECT * FROM src.docs; "
                "INSERT INTO bodies SELECT id, coalesce(CAST(readfile('%2/' || id) AS TEXT), '') "
                "FROM src.bodies; INSERT INTO fts(rowid, path, name, ext, title, tags, content) "
                "SELECT * FROM docview;")
                .arg(t.db, texts);
        const wmtest::ProcessResult loaded = spawn(QStringLiteral("sqlite3"), {ref, load});
        QVERIFY2(loaded.exitCode == 0 && loaded.err.isEmpty(), loaded.err.constData());
        QCOMPARE(sqliteShell(ref, QStringLiteral("SELECT count(*) FROM bodies")),
                 sqliteShell(t.db, QStringLiteral("SELECT count(*) FROM bodies")));
        const QString dump = QStringLiteral(
            "CREATE VIRTUAL TABLE temp.v USING fts5vocab(main, fts, instance); "
            "SELECT v.term, d.key, v.col, v.offset FROM temp.v AS v JOIN docs AS d ON d.id = v.doc "
            "ORDER BY 1, 2, 3, 4; SELECT count(*) FROM fts WHERE fts MATCH 'spin*'; "
            "SELECT count(*) FROM fts WHERE fts MATCH 'caf*'; "
            "INSERT INTO fts(fts) VALUES('integrity-check');");
        const wmtest::ProcessResult ours = spawn(QStringLiteral("sqlite3"), {t.db, dump});
        const wmtest::ProcessResult theirs = spawn(QStringLiteral("sqlite3"), {ref, dump});
        QVERIFY2(ours.exitCode == 0 && ours.err.isEmpty(), ours.err.constData());
        QVERIFY(ours.out.count('\n') > 1000);
        QVERIFY(ours.out == theirs.out);
    }

    // Each stored body is an LZ4 frame the `lz4` tool reads back to the
    // file's text (valid UTF-8 files are stored as they are), and the index
    // takes well under the text's size (random words from a small vocabulary
    // compress about 2:1; source code about 2.6:1).
    void bodiesAreLz4Frames()
    {
        WM_REQUIRE_TOOL("sqlite3");
        WM_REQUIRE_TOOL("lz4");
        const IndexedTree t;
        QVERIFY(t.indexFixture(30, 11, 2000));
        const QString texts = decompressedBodies(t);
        QVERIFY(!texts.isEmpty());
        const QStringList rows =
            sqliteShell(t.db, QStringLiteral("SELECT id || '|' || CAST(key AS TEXT) FROM docs "
                                             "WHERE state = 0 ORDER BY id"))
                .split(QLatin1Char('\n'));
        int same = 0;
        qint64 textBytes = 0;
        for (const QString &row : rows) {
            const qsizetype bar = row.indexOf(QLatin1Char('|'));
            QVERIFY2(bar > 0, qPrintable(row));
            QFile file(t.root + QLatin1Char('/') + row.mid(bar + 1));
            QFile text(texts + QLatin1Char('/') + row.left(bar));
            QVERIFY(file.open(QIODevice::ReadOnly) && text.open(QIODevice::ReadOnly));
            const QByteArray original = file.readAll(), stored = text.readAll();
            textBytes += stored.size();
            if (QString::fromUtf8(original).toUtf8() != original) continue; // repaired
            QCOMPARE(stored, original);
            ++same;
        }
        QVERIFY(same >= 25);
        const qint64 frames =
            sqliteShell(t.db, QStringLiteral("SELECT sum(length(lz4)) FROM bodies")).toLongLong();
        QVERIFY(frames > 0);
        QVERIFY2(frames * 4 < textBytes * 3, qPrintable(QStringLiteral("%1 bytes of frames for %2 "
                                                                       "bytes of text")
                                                            .arg(frames)
                                                            .arg(textBytes)));
    }

private:
    // Every body of the tree's index decompressed by the lz4 tool into
    // the folder "bodies" beside it, as bodies/ID; the folder, or empty on
    // failure.
    static QString decompressedBodies(const IndexedTree &t)
    {
        const QString dir = t.tmp.filePath(QStringLiteral("bodies"));
        if (!QDir().mkpath(dir)) return {};
        const wmtest::ProcessResult out = spawn(
            QStringLiteral("sqlite3"),
            {t.db, QStringLiteral("SELECT count(writefile('%1/' || id || '.lz4', lz4)) FROM bodies")
                       .arg(dir)});
        if (out.exitCode != 0 || !out.err.isEmpty()) return {};
        QStringList frames;
        for (const QString &name : QDir(dir).entryList({QStringLiteral("*.lz4")}, QDir::Files))
            frames << dir + QLatin1Char('/') + name;
        if (frames.isEmpty()) return {};
        const wmtest::ProcessResult lz4 =
            spawn(QStringLiteral("lz4"), QStringList{QStringLiteral("-d"), QStringLiteral("-m"),
                                                     QStringLiteral("-q"), QStringLiteral("--rm")} +
                                             frames);
        if (lz4.exitCode != 0) {
            qWarning("lz4: %s", lz4.err.constData());
            return {};
        }
        return dir;
    }
};

QTEST_GUILESS_MAIN(TestIndexUpdater)
#include "tst_indexupdater.moc"
