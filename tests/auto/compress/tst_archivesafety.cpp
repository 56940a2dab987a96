// SPDX-FileCopyrightText: 2026 WhiteMagic contributors
// SPDX-License-Identifier: MIT
//
// Extraction never writes outside its folder: hand-crafted archives with
// "../" names, absolute names, links out of the tree, link chains, writes
// through links, hard links to outside files and device members are all
// refused, and then nothing at all is extracted. The folder next to the
// destination ("outside") is compared before and after every attempt.
#include "CompressTestSupport.h"
#include "TreeSnapshot.h"
#include "compress/ArchiveReader.h"

#include <QTest>
#include <archive.h>
#include <archive_entry.h>
#include <sys/stat.h>
#include <sys/sysmacros.h>

namespace {

struct Craft
{
    char type; // f file, d dir, l symlink, h hard link, c char device
    QByteArray name;
    QByteArray arg; // file content or link target
};

QByteArray craftTar(const QList<Craft> &members)
{
    QByteArray buf(1 << 20, '\0');
    size_t used = 0;
    struct archive *a = archive_write_new();
    archive_write_set_format_pax_restricted(a);
    archive_write_open_memory(a, buf.data(), size_t(buf.size()), &used);
    for (const Craft &c : members) {
        struct archive_entry *e = archive_entry_new();
        archive_entry_copy_pathname(e, c.name.constData());
        archive_entry_set_perm(e, c.type == 'd' ? 0755 : 0644);
        archive_entry_set_mtime(e, 1600000000, 0);
        switch (c.type) {
        case 'f':
            archive_entry_set_filetype(e, AE_IFREG);
            archive_entry_set_size(e, c.arg.size());
            break;
        case 'd':
            archive_entry_set_filetype(e, AE_IFDIR);
            break;
        case 'l':
            archive_entry_set_filetype(e, AE_IFLNK);
            archive_entry_copy_symlink(e, c.arg.constData());
            break;
        case 'h':
            archive_entry_set_filetype(e, AE_IFREG);
            archive_entry_copy_hardlink(e, c.arg.constData());
            break;
        case 'c':
            archive_entry_set_filetype(e, AE_IFCHR);
            archive_entry_set_rdev(e, makedev(1, 3));
            break;
        }
        archive_write_header(a, e);
        if (c.type == 'f') archive_write_data(a, c.arg.constData(), size_t(c.arg.size()));
        archive_entry_free(e);
    }
    archive_write_close(a);
    archive_write_free(a);
    buf.truncate(qsizetype(used));
    return buf;
}

// Names as the archive stores them (to prove the crafting worked).
QList<QByteArray> storedNames(const QByteArray &archive)
{
    QList<QByteArray> names;
    wm::MemorySource src(archive.constData(), archive.size());
    wm::ArchiveReader::list(
        src, [&](const wm::ArchiveMember &m) { names << m.name; }, nullptr);
    return names;
}

} // namespace

Q_DECLARE_METATYPE(Craft)

class TestArchiveSafety : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_outside;

    QString fresh(const QString &name)
    {
        const QString p = m_dir.filePath(name);
        QDir(p).removeRecursively();
        QDir().mkpath(p);
        return p;
    }

    QString writeArchive(const QList<Craft> &members)
    {
        const QByteArray archive = cts::compress(craftTar(members));
        const QList<QByteArray> names = storedNames(archive);
        for (const Craft &c : members)
            if (!names.contains(c.name) && !names.contains(c.name + '/'))
                qWarning("crafted name %s is not in the archive", c.name.constData());
        const QString path = m_dir.filePath(QStringLiteral("crafted.tar.lz4"));
        wmtest::writeFile(m_dir.path(), QStringLiteral("crafted.tar.lz4"), archive);
        return path;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_outside = fresh(QStringLiteral("outside"));
        QVERIFY(wmtest::writeFile(m_outside, QStringLiteral("x"), "outside file\n"));
    }

    void refused_data()
    {
        QTest::addColumn<QList<Craft>>("members");
        QTest::addColumn<QByteArray>("mention");
        const QByteArray out = QFile::encodeName(m_outside);
        const auto row = [](const char *name, const QList<Craft> &m, const QByteArray &mention) {
            QTest::newRow(name) << m << mention;
        };
        const Craft ok{'f', "fine.txt", "fine"}; // a harmless member in every archive
        row("dot-dot", {ok, {'f', "../evil.txt", "x"}}, "'..'");
        row("nested dot-dot", {ok, {'f', "a/../../evil.txt", "x"}}, "'..'");
        row("absolute path", {ok, {'f', out + "/abs-evil.txt", "x"}}, "absolute");
        // Links pointing outside are skipped (tst_archivetrust); writing
        // through one is refused.
        row("symlink to absolute path, then write through it",
            {ok, {'l', "l", out}, {'f', "l/evil.txt", "x"}}, "symbolic link that points outside");
        row("symlink out of the tree, then write through it",
            {ok, {'l', "l", "../outside"}, {'f', "l/evil.txt", "x"}}, "points outside");
        row("link chain s->. t->s/..",
            {ok, {'l', "s", "."}, {'l', "t", "s/.."}, {'f', "t/evil.txt", "x"}}, "points outside");
        row("write through an earlier link member",
            {ok, {'d', "dir", {}}, {'l', "l", "dir"}, {'f', "l/evil.txt", "x"}}, "symbolic link");
        row("hard link to an absolute path", {ok, {'h', "h", "/etc/passwd"}}, "absolute");
        row("hard link out of the tree", {ok, {'h', "h", "../outside/x"}}, "'..'");
        row("hard link to a missing member", {ok, {'h', "h", "nope"}},
            "not a file extracted earlier");
        row("character device", {ok, {'c', "dev", {}}}, "devices");
        row("folder then link of the same name", {ok, {'d', "d", {}}, {'l', "d", "."}}, "folder");
    }

    void refused()
    {
        QFETCH(QList<Craft>, members);
        QFETCH(QByteArray, mention);
        const cts::Snapshot outsideBefore = cts::snapshot(m_outside);
        const QString archive = writeArchive(members);
        const QString dest = fresh(QStringLiteral("dest"));
        const auto r = wmtest::wm({QStringLiteral("archive"), QStringLiteral("extract"), archive,
                                   QStringLiteral("-C"), dest});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(mention) && r.err.contains("nothing was extracted"),
                 r.err.constData());
        QVERIFY2(
            QDir(dest)
                .entryList(QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot)
                .isEmpty(),
            "something was extracted");
        QCOMPARE(cts::snapshot(m_outside), outsideBefore);
        QVERIFY(!QFileInfo::exists(m_dir.filePath(QStringLiteral("evil.txt"))));
        // verify flags the same archive without extracting.
        const auto v = wmtest::wm({QStringLiteral("archive"), QStringLiteral("verify"), archive});
        QCOMPARE(v.exitCode, 1);
    }

    // Links that stay inside, and hard links to earlier members, are fine.
    void safeLinksAccepted()
    {
        const QString archive = writeArchive({{'d', "sub", {}},
                                              {'f', "sub/x", "content"},
                                              {'l', "sub/l", "../sub/x"},
                                              {'l', "top", "sub"},
                                              {'l', "self", "."},
                                              {'h', "sub/h", "sub/x"}});
        const QString dest = fresh(QStringLiteral("safe"));
        const auto r = wmtest::wm({QStringLiteral("archive"), QStringLiteral("extract"), archive,
                                   QStringLiteral("-C"), dest});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QCOMPARE(QFileInfo(dest + QStringLiteral("/sub/l")).symLinkTarget(),
                 QFileInfo(dest + QStringLiteral("/sub/x")).canonicalFilePath());
        QCOMPARE(wmtest::readFile(dest + QStringLiteral("/top/l")), QByteArray("content"));
        QCOMPARE(wmtest::readFile(dest + QStringLiteral("/sub/h")), QByteArray("content"));
        QCOMPARE(
            wmtest::wm({QStringLiteral("archive"), QStringLiteral("verify"), archive}).exitCode, 0);
    }

    // A link already in the destination is never written through; with
    // --force a member of that name replaces the link itself.
    void existingLinksInDestination()
    {
        const cts::Snapshot outsideBefore = cts::snapshot(m_outside);
        const QString dest = fresh(QStringLiteral("links"));
        QVERIFY(QFile::link(m_outside, dest + QStringLiteral("/link")));
        QString archive = writeArchive({{'f', "link/evil.txt", "x"}});
        auto r = wmtest::wm({QStringLiteral("archive"), QStringLiteral("extract"),
                             QStringLiteral("--force"), archive, QStringLiteral("-C"), dest});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains("symbolic link"), r.err.constData());
        archive = writeArchive({{'d', "link", {}}, {'f', "link/evil.txt", "x"}});
        r = wmtest::wm({QStringLiteral("archive"), QStringLiteral("extract"),
                        QStringLiteral("--force"), archive, QStringLiteral("-C"), dest});
        QCOMPARE(r.exitCode, 1);
        QCOMPARE(cts::snapshot(m_outside), outsideBefore);
        archive = writeArchive({{'f', "link", "now a plain file"}});
        r = wmtest::wm({QStringLiteral("archive"), QStringLiteral("extract"), archive,
                        QStringLiteral("-C"), dest});
        QCOMPARE(r.exitCode, 1);
        QVERIFY(QFileInfo(dest + QStringLiteral("/link")).isSymLink());
        r = wmtest::wm({QStringLiteral("archive"), QStringLiteral("extract"),
                        QStringLiteral("--force"), archive, QStringLiteral("-C"), dest});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY(!QFileInfo(dest + QStringLiteral("/link")).isSymLink());
        QCOMPARE(wmtest::readFile(dest + QStringLiteral("/link")), QByteArray("now a plain file"));
        QCOMPARE(cts::snapshot(m_outside), outsideBefore);
        QVERIFY(cts::leftovers(dest).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestArchiveSafety)
#include "tst_archivesafety.moc"
