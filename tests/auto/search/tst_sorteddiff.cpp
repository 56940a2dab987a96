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
#include "SearchTestSupport.h"
#include "search/SqlStatement.h"
#include "search/StatDigest.h"
#include "search/StoredBlocks.h"

#include <QDir>
#include <QTemporaryDir>
#include <QTest>
#include <fcntl.h>
#include <sys/stat.h>

using namespace wmsearchtest;

namespace {

QSet<QString> indexedPaths(const QString &db)
{
    wm::SqlConnection c;
    c.open(db, wm::SqlConnection::Mode::ReadOnly);
    QSet<QString> out;
    wm::SqlStatement st(c.handle(), "SELECT path FROM docs");
    while (st.step())
        out.insert(st.text(0));
    return out;
}

void write(const QString &root, const QString &rel, const QByteArray &text, qint64 age = 600)
{
    QVERIFY(wmtest::writeFile(root, rel, text));
    backdate(root + QLatin1Char('/') + rel, age);
}

QList<QStringList> shellRows(const QString &db, const QString &sql)
{
    const wmtest::ProcessResult r = spawn(QStringLiteral("sqlite3"), {db, sql});
    QList<QStringList> rows;
    for (const QString &line :
         QString::fromUtf8(r.out).split(QLatin1Char('\n'), Qt::SkipEmptyParts))
        rows << line.split(QLatin1Char('|'));
    return rows;
}

// The statblocks invariant, read with the sqlite3 shell: no doc before the
// first block, and each block's files and digest (where known) those of the
// docs from its lo up to the next block's. (Hex keeps the byte order.)
void checkBlocks(const QString &db)
{
    const QList<QStringList> blocks = shellRows(
        db, QStringLiteral("SELECT lower(hex(lo)), files, ifnull(digest, 'null') FROM statblocks "
                           "ORDER BY lo"));
    const QList<QStringList> docs = shellRows(
        db, QStringLiteral("SELECT lower(hex(key)), size, mtime, racy FROM docs ORDER BY key"));
    qsizetype d = 0;
    QVERIFY2(docs.isEmpty() || (!blocks.isEmpty() && docs[0][0] >= blocks[0][0]),
             "a doc before the first block");
    for (qsizetype b = 0; b < blocks.size(); ++b) {
        wm::StatDigest digest;
        for (; d < docs.size() && (b + 1 == blocks.size() || docs[d][0] < blocks[b + 1][0]); ++d) {
            const QByteArray key = QByteArray::fromHex(docs[d][0].toLatin1());
            digest.add(std::string_view(key.constData(), size_t(key.size())),
                       docs[d][1].toLongLong(), docs[d][2].toLongLong(), docs[d][3] == u"1");
        }
        QVERIFY2(digest.files() == blocks[b][1].toLongLong(), qPrintable(blocks[b].join(u' ')));
        if (blocks[b][2] != u"null")
            QVERIFY2(digest.value() == quint64(blocks[b][2].toLongLong()),
                     qPrintable(blocks[b].join(u' ')));
    }
    QCOMPARE(d, docs.size());
}

// The index holds exactly the files rg lists, and its blocks describe them.
void compareWithRg(const QString &root, const QString &db)
{
    const QSet<QString> ref = rgFiles(root, {QStringLiteral("--files")});
    const QSet<QString> ours = indexedPaths(db);
    QVERIFY2(ours == ref, qPrintable(describeDiff(ours, ref)));
    checkBlocks(db);
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
        QTemporaryDir tmp;
        const QString root = tmp.filePath(QStringLiteral("tree")),
                      db = tmp.filePath(QStringLiteral("i.db"));
        const QStringList names = {
            QStringLiteral("ab"),        QStringLiteral("ab.txt"),     QStringLiteral("ab-c.txt"),
            QStringLiteral("ab!.txt"),   QStringLiteral("ab c.txt"),   QStringLiteral("ab0.txt"),
            QStringLiteral("abc/x.txt"), QStringLiteral("ab.d/y.txt"), QStringLiteral("ab-/z.txt"),
            QStringLiteral("b/ab.txt"),  QStringLiteral("b/ab/x.txt"), QStringLiteral("b/ab.x")};
        for (const QString &n : names)
            write(root, n, "word " + n.toUtf8() + '\n');
        wm::IndexStats s = indexFolder(root, db);
        QCOMPARE(s.added, qint64(names.size()));
        compareWithRg(root, db);
        QCOMPARE(indexFolder(root, db).read, qint64(0));

        for (const QString &n : {QStringLiteral("ab-c.txt"), QStringLiteral("ab.d/y.txt"),
                                 QStringLiteral("b/ab/x.txt"), QStringLiteral("ab")})
            QVERIFY(QFile::remove(root + QLatin1Char('/') + n));
        for (const QString &n : {QStringLiteral("ab+.txt"), QStringLiteral("ab/x.txt"),
                                 QStringLiteral("b/ab.a"), QStringLiteral("b/ab/w.txt")})
            write(root, n, "newword\n");
        s = indexFolder(root, db);
        QCOMPARE(s.removed, qint64(4));
        QCOMPARE(s.added, qint64(4));
        QCOMPARE(s.read, qint64(4));
        compareWithRg(root, db);
        QCOMPARE(searchPaths(root, db, QStringLiteral("newword")).size(), 4);
    }

    // A file replaced by a folder of the same name, and a folder by a file.
    void fileBecomesFolder()
    {
        WM_REQUIRE_TOOL("rg");
        QTemporaryDir tmp;
        const QString root = tmp.filePath(QStringLiteral("tree")),
                      db = tmp.filePath(QStringLiteral("i.db"));
        write(root, QStringLiteral("x"), "fileword\n");
        write(root, QStringLiteral("z/a.txt"), "folderword\n");
        write(root, QStringLiteral("z/b.txt"), "folderword\n");
        write(root, QStringLiteral("z.txt"), "other\n");
        QCOMPARE(indexFolder(root, db).added, qint64(4));

        QVERIFY(QFile::remove(root + QStringLiteral("/x")));
        write(root, QStringLiteral("x/inside.txt"), "fileword\n");
        QVERIFY(QDir(root + QStringLiteral("/z")).removeRecursively());
        write(root, QStringLiteral("z"), "folderword\n");
        const wm::IndexStats s = indexFolder(root, db);
        QCOMPARE(s.removed, qint64(3));
        QCOMPARE(s.added, qint64(2));
        compareWithRg(root, db);
        QCOMPARE(searchPaths(root, db, QStringLiteral("fileword")),
                 QSet<QString>{QStringLiteral("x/inside.txt")});
        QCOMPARE(searchPaths(root, db, QStringLiteral("folderword")),
                 QSet<QString>{QStringLiteral("z")});
    }

    // Same size, mtime one second later or earlier: read again, and the
    // new text is what the index answers.
    void sameSizeMtimeOneSecondOff()
    {
        QTemporaryDir tmp;
        const QString root = tmp.filePath(QStringLiteral("tree")),
                      db = tmp.filePath(QStringLiteral("i.db"));
        write(root, QStringLiteral("later.txt"), "oldwordaa\n");
        write(root, QStringLiteral("earlier.txt"), "oldwordbb\n");
        QCOMPARE(indexFolder(root, db).added, qint64(2));
        for (const auto &[name, text, shift] :
             {std::tuple{QStringLiteral("later.txt"), QByteArray("newwordaa\n"), 1},
              std::tuple{QStringLiteral("earlier.txt"), QByteArray("newwordbb\n"), -1}}) {
            const QString path = root + QLatin1Char('/') + name;
            const QDateTime stamp = QFileInfo(path).lastModified();
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
            QCOMPARE(f.write(text), qint64(text.size()));
            QVERIFY(f.setFileTime(stamp.addSecs(shift), QFileDevice::FileModificationTime));
        }
        const wm::IndexStats s = indexFolder(root, db);
        QCOMPARE(s.read, qint64(2));
        QCOMPARE(s.updated, qint64(2));
        QCOMPARE(searchPaths(root, db, QStringLiteral("newwordaa")),
                 QSet<QString>{QStringLiteral("later.txt")});
        QCOMPARE(searchPaths(root, db, QStringLiteral("newwordbb")),
                 QSet<QString>{QStringLiteral("earlier.txt")});
        QVERIFY(searchPaths(root, db, QStringLiteral("oldword*")).isEmpty());
    }

    // The stored blocks come a page at a time: every page boundary keeps the
    // order the sqlite3 shell gives, a range reads the docs the shell finds
    // in it, and an update over many blocks finds every change.
    void blocksOverManyPages()
    {
        WM_REQUIRE_TOOL("rg");
        WM_REQUIRE_TOOL("sqlite3");
        QTemporaryDir tmp;
        const QString root = tmp.filePath(QStringLiteral("tree")),
                      db = tmp.filePath(QStringLiteral("i.db"));
        for (int i = 0; i < 4500; ++i)
            write(root, QStringLiteral("d%1/f%2.txt").arg(i % 30).arg(i), "w\n");
        QCOMPARE(indexFolder(root, db).added, qint64(4500));
        checkBlocks(db);

        QStringList ours;
        std::vector<std::string> los;
        wm::StoredBlocks stored(db, 7);
        while (const std::optional<wm::StoredBlocks::Block> b = stored.next()) {
            ours << QString::fromLatin1(QByteArray(b->lo.data(), qsizetype(b->lo.size())).toHex());
            los.push_back(b->lo);
        }
        const wmtest::ProcessResult ref =
            spawn(QStringLiteral("sqlite3"),
                  {db, QStringLiteral("SELECT lower(hex(lo)) FROM statblocks ORDER BY lo")});
        QCOMPARE(ref.exitCode, 0);
        QCOMPARE(ours.join(QLatin1Char('\n')) + QLatin1Char('\n'), QString::fromLatin1(ref.out));
        QVERIFY(los.size() > 30); // 4500 files in blocks of at most 128
        const auto rows = stored.rows({los[3], los[5]});
        const QList<QStringList> shell =
            shellRows(db, QStringLiteral("SELECT CAST(key AS TEXT) FROM docs WHERE key >= "
                                         "(SELECT lo FROM statblocks ORDER BY lo LIMIT 1 OFFSET 3) "
                                         "AND key < (SELECT lo FROM statblocks ORDER BY lo "
                                         "LIMIT 1 OFFSET 5) ORDER BY key"));
        QCOMPARE(qsizetype(rows.size()), shell.size());
        for (size_t i = 0; i < rows.size(); ++i)
            QCOMPARE(QString::fromStdString(rows[i].key), shell[qsizetype(i)][0]);
        QCOMPARE(stored.rows({std::nullopt, std::nullopt}).size(), size_t(4500));

        int removed = 0;
        for (int i = 0; i < 4500; i += 97, ++removed)
            QVERIFY(QFile::remove(root + QStringLiteral("/d%1/f%2.txt").arg(i % 30).arg(i)));
        write(root, QStringLiteral("d29/f99999.txt"), "w\n");
        write(root, QStringLiteral("d3/f1x.txt"), "w\n");
        const wm::IndexStats s = indexFolder(root, db);
        QCOMPARE(s.removed, qint64(removed));
        QCOMPARE(s.added, qint64(2));
        QCOMPARE(s.read, qint64(2));
        compareWithRg(root, db);
    }

    // Known files are stat'ed a chunk at a time (StatBatch, one io_uring
    // submission per 128): over several chunks and batches, a size change,
    // an mtime one millisecond later (same size), a removal and an addition
    // are each found once, and the rest is not read.
    void changesAcrossStatBatches()
    {
        WM_REQUIRE_TOOL("rg");
        QTemporaryDir tmp;
        const QString root = tmp.filePath(QStringLiteral("tree")),
                      db = tmp.filePath(QStringLiteral("i.db"));
        for (int i = 0; i < 700; ++i)
            write(root, QStringLiteral("d%1/f%2.txt").arg(i % 3).arg(i, 3, 10, QLatin1Char('0')),
                  "batchword\n");
        QCOMPARE(indexFolder(root, db).added, qint64(700));
        QCOMPARE(indexFolder(root, db).read, qint64(0));
        const auto path = [&](int i) {
            return root + QStringLiteral("/d%1/f%2.txt").arg(i % 3).arg(i, 3, 10, QLatin1Char('0'));
        };
        int grown = 0, touched = 0, removed = 0;
        for (int i = 5; i < 700; i += 131, ++grown)
            write(root, QDir(root).relativeFilePath(path(i)), "batchword grownword\n");
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
        write(root, QStringLiteral("d1/f500x.txt"), "batchword\n");
        const wm::IndexStats s = indexFolder(root, db);
        QCOMPARE(s.read, qint64(grown + touched + 1));
        QCOMPARE(s.updated, qint64(grown)); // a touched file keeps its content hash
        QCOMPARE(s.removed, qint64(removed));
        QCOMPARE(s.added, qint64(1));
        QCOMPARE(s.unchanged, qint64(700 - grown - removed));
        QCOMPARE(indexFolder(root, db).read, qint64(0)); // the touch stored the new mtime
        QCOMPARE(searchPaths(root, db, QStringLiteral("grownword")).size(), grown);
        compareWithRg(root, db);
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
        QTemporaryDir tmp;
        const QString root = tmp.filePath(QStringLiteral("tree")),
                      db = tmp.filePath(QStringLiteral("i.db"));
        const auto file = [](int i) {
            return QStringLiteral("d%1/f.txt").arg(i, 3, 10, QLatin1Char('0'));
        };
        for (int i = 0; i < 150; ++i)
            write(root, file(i), "keptword\n");
        write(root, QStringLiteral("d140/hidden.log"), "keptword\n");
        write(root, QStringLiteral("d140/.ignore"), "*.log\n");
        write(root, QStringLiteral("d141/shown.log"), "keptword\n");
        write(root, QStringLiteral("d141/.gitignore"), "*.log\n");
        QCOMPARE(indexFolder(root, db).added, qint64(151));
        compareWithRg(root, db);
        QCOMPARE(indexFolder(root, db).read, qint64(0));

        QVERIFY(QFile::remove(root + QLatin1Char('/') + file(139)));
        write(root, QStringLiteral("d145/new.txt"), "keptword\n");
        write(root, QStringLiteral("d146/.ignore"), "f.txt\n");
        const wm::IndexStats s = indexFolder(root, db);
        QCOMPARE(s.removed, qint64(2)); // d139/f.txt gone, d146/f.txt ignored now
        QCOMPARE(s.added, qint64(1));
        QCOMPARE(s.read, qint64(1));
        compareWithRg(root, db);
    }

    void followLinksKeepsTheUnorderedWalk()
    {
        WM_REQUIRE_TOOL("rg");
        QTemporaryDir tmp;
        const QString root = tmp.filePath(QStringLiteral("tree")),
                      outside = tmp.filePath(QStringLiteral("outside")),
                      db = tmp.filePath(QStringLiteral("i.db"));
        for (int i = 0; i < 30; ++i)
            write(root, QStringLiteral("d%1/f%2.txt").arg(i % 3).arg(i), "linkword\n");
        write(outside, QStringLiteral("far.txt"), "linkword\n");
        write(outside, QStringLiteral("gone.txt"), "linkword\n");
        QVERIFY(QFile::link(outside, root + QStringLiteral("/linked")));
        QCOMPARE(indexFolder(root, db, false, nullptr, 2000, true).added, qint64(32));
        const auto ref = [&] {
            return rgFiles(root, {QStringLiteral("--files"), QStringLiteral("-L")});
        };
        QCOMPARE(indexedPaths(db), ref());
        QCOMPARE(indexFolder(root, db, false, nullptr, 2000, true).read, qint64(0));
        QVERIFY(QFile::remove(outside + QStringLiteral("/gone.txt")));
        QVERIFY(QFile::remove(root + QStringLiteral("/d1/f4.txt")));
        write(root, QStringLiteral("d2/new.txt"), "linkword\n");
        const wm::IndexStats s = indexFolder(root, db, false, nullptr, 2000, true);
        QCOMPARE(s.removed, qint64(2));
        QCOMPARE(s.added, qint64(1));
        QCOMPARE(indexedPaths(db), ref());
        // That walk keeps no stat digests (it drops them); the sorted one
        // diffs file by file without them and writes them again.
        QCOMPARE(shellRows(db, QStringLiteral("SELECT count(*) FROM statblocks")),
                 QList<QStringList>{{QStringLiteral("0")}});
        const wm::IndexStats sorted = indexFolder(root, db);
        QCOMPARE(sorted.removed, qint64(1)); // linked/far.txt: links are not followed now
        QCOMPARE(sorted.read, qint64(0));
        compareWithRg(root, db);
        QCOMPARE(indexFolder(root, db).read, qint64(0));
    }

    // A block whose digest is unknown (as a killed run leaves it) or does
    // not match is diffed file by file against its docs, which finds a doc
    // the digest would have vouched for; the block is then written again.
    // A folder of more files than a block, removed, takes its blocks along.
    void unknownDigestsAreDiffedFileByFile()
    {
        WM_REQUIRE_TOOL("rg");
        WM_REQUIRE_TOOL("sqlite3");
        QTemporaryDir tmp;
        const QString root = tmp.filePath(QStringLiteral("tree")),
                      db = tmp.filePath(QStringLiteral("i.db"));
        for (int i = 0; i < 600; ++i)
            write(root, QStringLiteral("d%1/f%2.txt").arg(i % 3).arg(i, 3, 10, QLatin1Char('0')),
                  "blockword\n");
        QCOMPARE(indexFolder(root, db).added, qint64(600));
        compareWithRg(root, db);
        const auto unknownDigests = [&] {
            return shellRows(db, QStringLiteral("SELECT count(*) FROM statblocks WHERE digest "
                                                "IS NULL"))[0][0];
        };
        QCOMPARE(unknownDigests(), QStringLiteral("0"));
        // The doc of d1/f010.txt no longer matches its file; the digests
        // are unknown: only that file is read again.
        QCOMPARE(shellRows(db, QStringLiteral("UPDATE statblocks SET digest = NULL; UPDATE docs "
                                              "SET mtime = mtime - 1 WHERE key = "
                                              "CAST('d1/f010.txt' AS BLOB)")),
                 QList<QStringList>());
        wm::IndexStats s = indexFolder(root, db);
        QCOMPARE(s.read, qint64(1));
        QCOMPARE(s.unchanged, qint64(600)); // same content: a touch
        QCOMPARE(unknownDigests(), QStringLiteral("0"));
        compareWithRg(root, db);
        // A digest that does not match its files: that block is diffed.
        QCOMPARE(shellRows(db, QStringLiteral("UPDATE docs SET size = size + 1 WHERE key = "
                                              "CAST('d2/f500.txt' AS BLOB); UPDATE statblocks "
                                              "SET digest = digest + 1 WHERE lo = (SELECT max(lo) "
                                              "FROM statblocks WHERE lo <= CAST('d2/f500.txt' AS "
                                              "BLOB))")),
                 QList<QStringList>());
        s = indexFolder(root, db);
        QCOMPARE(s.read, qint64(1));
        compareWithRg(root, db);
        QCOMPARE(indexFolder(root, db).read, qint64(0));
        // d0 (200 files, more than a block) goes; a file comes before all.
        QVERIFY(QDir(root + QStringLiteral("/d0")).removeRecursively());
        write(root, QStringLiteral("a.txt"), "blockword\n");
        s = indexFolder(root, db);
        QCOMPARE(s.removed, qint64(200));
        QCOMPARE(s.added, qint64(1));
        QCOMPARE(s.read, qint64(1));
        compareWithRg(root, db);
        QCOMPARE(searchPaths(root, db, QStringLiteral("blockword")).size(), 401);
    }
};

QTEST_GUILESS_MAIN(TestSortedDiff)
#include "tst_sorteddiff.moc"
