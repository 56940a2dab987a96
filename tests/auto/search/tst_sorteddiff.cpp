// SPDX-FileCopyrightText: 2026 WhiteMagic contributors
// SPDX-License-Identifier: MIT
//
// The update's ordered diff (SortedDiff, StatBlockDiff): the sorted walk cut
// into the index's stored blocks, each compared by its stat digest and, when
// that differs, file by file. Changes a fast path could miss — names that
// sort around '/', a file replaced by a folder and back, the same size with
// the mtime one second off, blocks read over many pages, digests unknown —
// checked against rg --files, the sqlite3 shell and what the index then
// answers; after every update each block's digest must describe its docs.
#include "StatBlocksCheck.h"
#include "search/SortedDiff.h"
#include "search/StoredBlocks.h"

#include <QDir>
#include <QTest>
#include <fcntl.h>
#include <sys/stat.h>

using namespace wmsearchtest;

namespace {

void write(const QString &root, const QString &rel, const QByteArray &text, qint64 age = 600)
{
    QVERIFY(wmtest::writeFile(root, rel, text));
    backdate(root + QLatin1Char('/') + rel, age);
}

} // namespace

class TestSortedDiff : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // '-', '.', '!' and ' ' sort before '/': "ab.txt" comes before "ab/x",
    // which comes before "ab0". Adds and removes between them land on the
    // right stored files.
    void namesAroundTheSeparator()
    {
        WM_REQUIRE_TOOL("rg");
        const IndexedTree t;
        const QStringList names = {
            QStringLiteral("ab"),        QStringLiteral("ab.txt"),     QStringLiteral("ab-c.txt"),
            QStringLiteral("ab!.txt"),   QStringLiteral("ab c.txt"),   QStringLiteral("ab0.txt"),
            QStringLiteral("abc/x.txt"), QStringLiteral("ab.d/y.txt"), QStringLiteral("ab-/z.txt"),
            QStringLiteral("b/ab.txt"),  QStringLiteral("b/ab/x.txt"), QStringLiteral("b/ab.x")};
        for (const QString &n : names)
            write(t.root, n, "word " + n.toUtf8() + '\n');
        QCOMPARE(t.index().added, qint64(names.size()));
        compareWithRg(t.root, t.db);
        QCOMPARE(t.index().read, qint64(0));

        for (const QString &n : {QStringLiteral("ab-c.txt"), QStringLiteral("ab.d/y.txt"),
                                 QStringLiteral("b/ab/x.txt"), QStringLiteral("ab")})
            QVERIFY(QFile::remove(t.root + QLatin1Char('/') + n));
        for (const QString &n : {QStringLiteral("ab+.txt"), QStringLiteral("ab/x.txt"),
                                 QStringLiteral("b/ab.a"), QStringLiteral("b/ab/w.txt")})
            write(t.root, n, "newword\n");
        checkUpdate(t, 4, 4, 4);
        QCOMPARE(searchPaths(t.root, t.db, QStringLiteral("newword")).size(), 4);
    }

    // A file replaced by a folder of the same name, and a folder by a file.
    void fileBecomesFolder()
    {
        WM_REQUIRE_TOOL("rg");
        const IndexedTree t;
        write(t.root, QStringLiteral("x"), "fileword\n");
        write(t.root, QStringLiteral("z/a.txt"), "folderword\n");
        write(t.root, QStringLiteral("z/b.txt"), "folderword\n");
        write(t.root, QStringLiteral("z.txt"), "other\n");
        QCOMPARE(t.index().added, qint64(4));

        QVERIFY(QFile::remove(t.root + QStringLiteral("/x")));
        write(t.root, QStringLiteral("x/inside.txt"), "fileword\n");
        QVERIFY(QDir(t.root + QStringLiteral("/z")).removeRecursively());
        write(t.root, QStringLiteral("z"), "folderword\n");
        const wm::IndexStats s = t.index();
        QCOMPARE(s.removed, qint64(3));
        QCOMPARE(s.added, qint64(2));
        compareWithRg(t.root, t.db);
        QCOMPARE(searchPaths(t.root, t.db, QStringLiteral("fileword")),
                 QSet<QString>{QStringLiteral("x/inside.txt")});
        QCOMPARE(searchPaths(t.root, t.db, QStringLiteral("folderword")),
                 QSet<QString>{QStringLiteral("z")});
    }

    // Same size, mtime one second later or earlier: read again, and the
    // new text is what the index answers.
    void sameSizeMtimeOneSecondOff()
    {
        const IndexedTree t;
        write(t.root, QStringLiteral("later.txt"), "oldwordaa\n");
        write(t.root, QStringLiteral("earlier.txt"), "oldwordbb\n");
        QCOMPARE(t.index().added, qint64(2));
        for (const auto &[name, text, shift] :
             {std::tuple{QStringLiteral("later.txt"), QByteArray("newwordaa\n"), 1},
              std::tuple{QStringLiteral("earlier.txt"), QByteArray("newwordbb\n"), -1}}) {
            const QString path = t.root + QLatin1Char('/') + name;
            const QDateTime stamp = QFileInfo(path).lastModified();
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
            QCOMPARE(f.write(text), qint64(text.size()));
            QVERIFY(f.setFileTime(stamp.addSecs(shift), QFileDevice::FileModificationTime));
        }
        const wm::IndexStats s = t.index();
        QCOMPARE(s.read, qint64(2));
        QCOMPARE(s.updated, qint64(2));
        QCOMPARE(searchPaths(t.root, t.db, QStringLiteral("newwordaa")),
                 QSet<QString>{QStringLiteral("later.txt")});
        QCOMPARE(searchPaths(t.root, t.db, QStringLiteral("newwordbb")),
                 QSet<QString>{QStringLiteral("earlier.txt")});
        QVERIFY(searchPaths(t.root, t.db, QStringLiteral("oldword*")).isEmpty());
    }

    // The stored blocks come a page at a time: every page boundary keeps the
    // order the sqlite3 shell gives, a range reads the docs the shell finds
    // in it, and an update over many blocks finds every change.
    void blocksOverManyPages()
    {
        WM_REQUIRE_TOOL("rg");
        WM_REQUIRE_TOOL("sqlite3");
        const IndexedTree t;
        QCOMPARE(t.indexNumbered(4500, 30, 0, "w\n").added, qint64(4500));
        checkBlocks(t.db);

        QStringList ours;
        std::vector<std::string> los;
        wm::StoredBlocks stored(t.db, 7);
        while (const std::optional<wm::StoredBlocks::Block> b = stored.next()) {
            ours << QString::fromLatin1(QByteArray(b->lo.data(), qsizetype(b->lo.size())).toHex());
            los.push_back(b->lo);
        }
        const wmtest::ProcessResult ref =
            spawn(QStringLiteral("sqlite3"),
                  {t.db, QStringLiteral("SELECT lower(hex(lo)) FROM statblocks ORDER BY lo")});
        QCOMPARE(ref.exitCode, 0);
        QCOMPARE(ours.join(QLatin1Char('\n')) + QLatin1Char('\n'), QString::fromLatin1(ref.out));
        // 4500 files in blocks of at most SortedDiff::chunkSize
        QVERIFY(los.size() >= 4500 / wm::SortedDiff::chunkSize);
        QVERIFY(los.size() > 6); // the ranges below
        const auto rows = stored.rows({los[3], los[5]});
        const QList<QStringList> shell = shellRows(
            t.db, QStringLiteral("SELECT CAST(key AS TEXT) FROM docs WHERE key >= "
                                 "(SELECT lo FROM statblocks ORDER BY lo LIMIT 1 OFFSET 3) "
                                 "AND key < (SELECT lo FROM statblocks ORDER BY lo "
                                 "LIMIT 1 OFFSET 5) ORDER BY key"));
        QCOMPARE(qsizetype(rows.size()), shell.size());
        for (size_t i = 0; i < rows.size(); ++i)
            QCOMPARE(QString::fromStdString(rows[i].key), shell[qsizetype(i)][0]);
        QCOMPARE(stored.rows({std::nullopt, std::nullopt}).size(), size_t(4500));

        int removed = 0;
        for (int i = 0; i < 4500; i += 97, ++removed)
            QVERIFY(QFile::remove(t.root + QLatin1Char('/') + IndexedTree::numbered(i, 30)));
        write(t.root, QStringLiteral("d29/f99999.txt"), "w\n");
        write(t.root, QStringLiteral("d3/f1x.txt"), "w\n");
        checkUpdate(t, removed, 2, 2);
    }

    // Known files are stat'ed a chunk at a time (StatBatch, one io_uring
    // submission per SortedDiff::chunkSize): over more than one chunk and batch, a size change,
    // an mtime one millisecond later (same size), a removal and an addition
    // are each found once, and the rest is not read.
    void changesAcrossStatBatches()
    {
        WM_REQUIRE_TOOL("rg");
        const IndexedTree t;
        QCOMPARE(t.indexNumbered(700, 3, 3, "batchword\n").added, qint64(700));
        QCOMPARE(t.index().read, qint64(0));
        const auto path = [&](int i) {
            return t.root + QLatin1Char('/') + IndexedTree::numbered(i, 3, 3);
        };
        int grown = 0, touched = 0, removed = 0;
        for (int i = 5; i < 700; i += 131, ++grown)
            write(t.root, IndexedTree::numbered(i, 3, 3), "batchword grownword\n");
        for (int i = 60; i < 700; i += 149, ++touched) {
            const QByteArray native = QFile::encodeName(path(i));
            struct stat st
            {
            };
            QCOMPARE(::stat(native.constData(), &st), 0);
            timespec times[2] = {st.st_atim, st.st_mtim};
            times[1].tv_nsec = (times[1].tv_nsec / 1000000 + 1) % 1000 * 1000000;
            if (times[1].tv_nsec == 0) ++times[1].tv_sec;
            QCOMPARE(::utimensat(AT_FDCWD, native.constData(), times, 0), 0);
        }
        for (int i = 99; i < 700; i += 157, ++removed)
            QVERIFY(QFile::remove(path(i)));
        write(t.root, QStringLiteral("d1/f500x.txt"), "batchword\n");
        const wm::IndexStats s = t.index();
        QCOMPARE(s.read, qint64(grown + touched + 1));
        QCOMPARE(s.updated, qint64(grown)); // a touched file keeps its content hash
        QCOMPARE(s.removed, qint64(removed));
        QCOMPARE(s.added, qint64(1));
        QCOMPARE(s.unchanged, qint64(700 - grown - removed));
        QCOMPARE(t.index().read, qint64(0)); // the touch stored the new mtime
        QCOMPARE(searchPaths(t.root, t.db, QStringLiteral("grownword")).size(), grown);
        compareWithRg(t.root, t.db);
    }

    // More folders in one folder than the walk keeps open between listing
    // the parent and listing them (128 at most): the rest are opened again
    // by name.
    // Ignore files are only looked for where the listing shows them: a
    // .ignore deep down still hides its files, a .gitignore outside a
    // repository still does not.
    void foldersBeyondTheKeptDescriptors()
    {
        WM_REQUIRE_TOOL("rg");
        const IndexedTree t;
        const auto file = [](int i) {
            return QStringLiteral("d%1/f.txt").arg(i, 3, 10, QLatin1Char('0'));
        };
        for (int i = 0; i < 150; ++i)
            write(t.root, file(i), "keptword\n");
        write(t.root, QStringLiteral("d140/hidden.log"), "keptword\n");
        write(t.root, QStringLiteral("d140/.ignore"), "*.log\n");
        write(t.root, QStringLiteral("d141/shown.log"), "keptword\n");
        write(t.root, QStringLiteral("d141/.gitignore"), "*.log\n");
        QCOMPARE(t.index().added, qint64(151));
        compareWithRg(t.root, t.db);
        QCOMPARE(t.index().read, qint64(0));

        QVERIFY(QFile::remove(t.root + QLatin1Char('/') + file(139)));
        write(t.root, QStringLiteral("d145/new.txt"), "keptword\n");
        write(t.root, QStringLiteral("d146/.ignore"), "f.txt\n");
        checkUpdate(t, 2, 1, 1); // removed: d139/f.txt gone, d146/f.txt ignored now
    }

    void followLinksKeepsTheUnorderedWalk()
    {
        WM_REQUIRE_TOOL("rg");
        const IndexedTree t;
        const QString outside = t.tmp.filePath(QStringLiteral("outside"));
        for (int i = 0; i < 30; ++i)
            write(t.root, IndexedTree::numbered(i, 3), "linkword\n");
        write(outside, QStringLiteral("far.txt"), "linkword\n");
        write(outside, QStringLiteral("gone.txt"), "linkword\n");
        QVERIFY(QFile::link(outside, t.root + QStringLiteral("/linked")));
        QCOMPARE(indexFolder(t.root, t.db, false, nullptr, 2000, true).added, qint64(32));
        const auto ref = [&] {
            return rgFiles(t.root, {QStringLiteral("--files"), QStringLiteral("-L")});
        };
        QCOMPARE(indexedPaths(t.db), ref());
        QCOMPARE(indexFolder(t.root, t.db, false, nullptr, 2000, true).read, qint64(0));
        QVERIFY(QFile::remove(outside + QStringLiteral("/gone.txt")));
        QVERIFY(QFile::remove(t.root + QStringLiteral("/d1/f4.txt")));
        write(t.root, QStringLiteral("d2/new.txt"), "linkword\n");
        const wm::IndexStats s = indexFolder(t.root, t.db, false, nullptr, 2000, true);
        QCOMPARE(s.removed, qint64(2));
        QCOMPARE(s.added, qint64(1));
        QCOMPARE(indexedPaths(t.db), ref());
        // That walk keeps no stat digests (it drops them); the sorted one
        // diffs file by file without them and writes them again.
        QCOMPARE(shellRows(t.db, QStringLiteral("SELECT count(*) FROM statblocks")),
                 QList<QStringList>{{QStringLiteral("0")}});
        const wm::IndexStats sorted = t.index();
        QCOMPARE(sorted.removed, qint64(1)); // linked/far.txt: links are not followed now
        QCOMPARE(sorted.read, qint64(0));
        compareWithRg(t.root, t.db);
        QCOMPARE(t.index().read, qint64(0));
    }

    // A block whose digest is unknown (as a killed run leaves it) or does
    // not match is diffed file by file against its docs, which finds a doc
    // the digest would have vouched for; the block is then written again.
    // A folder of more files than a block, removed, takes its blocks along.
    void unknownDigestsAreDiffedFileByFile()
    {
        WM_REQUIRE_TOOL("rg");
        WM_REQUIRE_TOOL("sqlite3");
        const IndexedTree t;
        QCOMPARE(t.indexNumbered(600, 3, 3, "blockword\n").added, qint64(600));
        compareWithRg(t.root, t.db);
        const auto unknownDigests = [&] {
            return shellRows(t.db, QStringLiteral("SELECT count(*) FROM statblocks WHERE digest "
                                                  "IS NULL"))[0][0];
        };
        QCOMPARE(unknownDigests(), QStringLiteral("0"));
        // The doc of d1/f010.txt no longer matches its file; the digests
        // are unknown: only that file is read again.
        QCOMPARE(shellRows(t.db, QStringLiteral("UPDATE statblocks SET digest = NULL; UPDATE docs "
                                                "SET mtime = mtime - 1 WHERE key = "
                                                "CAST('d1/f010.txt' AS BLOB)")),
                 QList<QStringList>());
        wm::IndexStats s = t.index();
        QCOMPARE(s.read, qint64(1));
        QCOMPARE(s.unchanged, qint64(600)); // same content: a touch
        QCOMPARE(unknownDigests(), QStringLiteral("0"));
        compareWithRg(t.root, t.db);
        // A digest that does not match its files: that block is diffed.
        QCOMPARE(
            shellRows(t.db, QStringLiteral("UPDATE docs SET size = size + 1 WHERE key = "
                                           "CAST('d2/f500.txt' AS BLOB); UPDATE statblocks "
                                           "SET digest = digest + 1 WHERE lo = (SELECT max(lo) "
                                           "FROM statblocks WHERE lo <= CAST('d2/f500.txt' AS "
                                           "BLOB))")),
            QList<QStringList>());
        s = t.index();
        QCOMPARE(s.read, qint64(1));
        compareWithRg(t.root, t.db);
        QCOMPARE(t.index().read, qint64(0));
        // d0 (200 files, more than a block) goes; a file comes before all.
        QVERIFY(QDir(t.root + QStringLiteral("/d0")).removeRecursively());
        write(t.root, QStringLiteral("a.txt"), "blockword\n");
        checkUpdate(t, 200, 1, 1);
        QCOMPARE(searchPaths(t.root, t.db, QStringLiteral("blockword")).size(), 401);
    }
};

QTEST_GUILESS_MAIN(TestSortedDiff)
#include "tst_sorteddiff.moc"
