// SPDX-FileCopyrightText: 2026 WhiteMagic contributors
// SPDX-License-Identifier: MIT
//
// Archives and LZ4 files keep what users put in them: file names as bytes
// (names that are not UTF-8 are neither lost nor merged), hard links as
// hard links, an extraction whose final moves fail half-way is undone, and
// the manifest never takes the place of a user's file. GNU tar and the lz4
// tool are the references.
#include "CompressTestSupport.h"
#include "SpawnProcess.h"
#include "compress/ArchiveExtractor.h"
#include "compress/ArchiveWriter.h"
#include "io/FdSource.h"
#include "io/NativePath.h"

#include <QTest>
#include <algorithm>
#include <dirent.h>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace {

using wm::NativePath;

QString fromBytes(const QByteArray &b)
{
    return NativePath::decode(std::string_view(b.constData(), size_t(b.size())));
}

bool writeRaw(const QByteArray &path, const QByteArray &content)
{
    const int fd = ::open(path.constData(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644);
    if (fd < 0) return false;
    const bool ok = ::write(fd, content.constData(), size_t(content.size())) == content.size();
    return ::close(fd) == 0 && ok;
}

QByteArray readRaw(const QByteArray &path)
{
    const int fd = ::open(path.constData(), O_RDONLY | O_CLOEXEC);
    if (fd < 0) return "<missing>";
    QByteArray out;
    char buf[4096];
    ssize_t n;
    while ((n = ::read(fd, buf, sizeof buf)) > 0)
        out.append(buf, n);
    ::close(fd);
    return out;
}

// Every entry below `root` as raw bytes ("dir/" for folders) with file
// contents, sorted: what is really on disk, without any decoding.
QList<QByteArray> tree(const QByteArray &root, const QByteArray &prefix = {})
{
    QList<QByteArray> out;
    DIR *d = ::opendir(root.constData());
    if (!d) return out;
    while (const dirent *e = ::readdir(d)) {
        const QByteArray name(e->d_name);
        if (name == "." || name == "..") continue;
        const QByteArray path = root + '/' + name, rel = prefix + name;
        struct stat st = {};
        ::lstat(path.constData(), &st);
        if (S_ISDIR(st.st_mode)) {
            out << rel + '/';
            out << tree(path, rel + '/');
        } else {
            out << rel + '=' + readRaw(path);
        }
    }
    ::closedir(d);
    std::sort(out.begin(), out.end());
    return out;
}

wmtest::ProcessResult sh(const QString &script, const QString &dir)
{
    wmtest::SpawnOptions o;
    o.workDir = dir;
    return wmtest::spawn(QStringLiteral("sh"), {QStringLiteral("-c"), script}, o);
}

} // namespace

class TestArchiveBytes : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QByteArray raw(const QByteArray &rel) const
    {
        return QFile::encodeName(m_dir.path()) + '/' + rel;
    }

    // The tree with names that are not UTF-8 (two that differ in one such
    // byte), a valid UTF-8 name, a lone lead byte and a newline.
    QList<QByteArray> makeOddTree(const QByteArray &root)
    {
        ::mkdir(raw(root).constData(), 0755);
        ::mkdir(raw(root + "/d").constData(), 0755);
        const QList<QByteArray> names = {"a\xff", "a\xfe", "d/\xc3\xa9t\xc3\xa9", "d/x\xc3",
                                         "new\nline"};
        for (const QByteArray &n : names)
            writeRaw(raw(root + '/' + n), "content of " + n);
        return names;
    }

private Q_SLOTS:
    void initTestCase()
    {
        WM_REQUIRE_TOOL("tar");
        WM_REQUIRE_TOOL("lz4");
    }

    void namesAreBytesLikeTar()
    {
        makeOddTree("odd");
        const QString a = m_dir.filePath(QStringLiteral("odd.tar.lz4"));
        auto r = wmtest::runWm({QStringLiteral("archive"), QStringLiteral("create"), a,
                                QStringLiteral("-C"), m_dir.filePath(QStringLiteral("odd")),
                                QStringLiteral(".")});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        // GNU tar reads the very bytes (literal quoting: names as stored).
        const auto literal = sh(
            QStringLiteral("lz4 -dc odd.tar.lz4 | tar -t --quoting-style=literal"), m_dir.path());
        QCOMPARE(literal.exitCode, 0);
        QList<QByteArray> expected = {"a\xfe",    "a\xff", "d/", "d/x\xc3", "d/\xc3\xa9t\xc3\xa9",
                                      "new\nline"};
        QCOMPARE(literal.out, expected.join('\n') + "\n.whitemagic-archive-manifest.json\n");
        // wm's listing is tar's (escape quoting in a UTF-8 locale), byte for byte.
        const auto theirs =
            sh(QStringLiteral("lz4 -dc odd.tar.lz4 | LC_ALL=C.UTF-8 tar -t"), m_dir.path());
        const auto ours = wmtest::runWm({QStringLiteral("archive"), QStringLiteral("list"), a});
        QCOMPARE(ours.exitCode, 0);
        QCOMPARE(ours.out + ".whitemagic-archive-manifest.json\n", theirs.out);
        QVERIFY(ours.out.contains("a\\376\na\\377\n")); // two names, told apart
        r = wmtest::runWm({QStringLiteral("archive"), QStringLiteral("verify"), a});
        QVERIFY2(r.exitCode == 0, r.out + r.err);
        // Extracted by wm and by tar: the same bytes as the source tree.
        const QList<QByteArray> source = tree(raw("odd"));
        QCOMPARE(source.size(), 6);
        ::mkdir(raw("by-wm").constData(), 0755);
        r = wmtest::runWm({QStringLiteral("archive"), QStringLiteral("extract"), a,
                           QStringLiteral("-C"), m_dir.filePath(QStringLiteral("by-wm"))});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QCOMPARE(tree(raw("by-wm")), source);
        ::mkdir(raw("by-tar").constData(), 0755);
        QCOMPARE(sh(QStringLiteral("lz4 -dc odd.tar.lz4 | tar -x -C by-tar "
                                   "--exclude=.whitemagic-archive-manifest.json"),
                    m_dir.path())
                     .exitCode,
                 0);
        QCOMPARE(tree(raw("by-tar")), source);
        // A destination whose own name is not UTF-8.
        ::mkdir(raw("dest\xfd").constData(), 0755);
        r = wmtest::runWm({QStringLiteral("archive"), QStringLiteral("extract"), a,
                           QStringLiteral("-C"), fromBytes(raw("dest\xfd"))});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QCOMPARE(tree(raw("dest\xfd")), source);
    }

    void compressKeepsNames()
    {
        ::mkdir(raw("files").constData(), 0755);
        QVERIFY(writeRaw(raw("files/f\xff"), cts::textBytes(100000, 1)));
        QVERIFY(writeRaw(raw("files/f\xfe"), cts::textBytes(100000, 2)));
        auto r = wmtest::runWm({QStringLiteral("compress"), QStringLiteral("-q"),
                                fromBytes(raw("files/f\xff")), fromBytes(raw("files/f\xfe"))});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        // Two outputs, each the lz4 tool's reading of its own input.
        for (const QByteArray &n : {QByteArray("f\xff"), QByteArray("f\xfe")}) {
            wmtest::SpawnOptions o;
            const auto d =
                wmtest::spawn(QStringLiteral("lz4"),
                              {QStringLiteral("-dc"), fromBytes(raw("files/" + n + ".lz4"))});
            QCOMPARE(d.exitCode, 0);
            QCOMPARE(d.out, readRaw(raw("files/" + n)));
        }
        // Into a folder whose name is not UTF-8, and back.
        ::mkdir(raw("out\xfd").constData(), 0755);
        r = wmtest::runWm({QStringLiteral("decompress"), QStringLiteral("-q"), QStringLiteral("-o"),
                           fromBytes(raw("out\xfd")), fromBytes(raw("files/f\xff.lz4")),
                           fromBytes(raw("files/f\xfe.lz4"))});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QCOMPARE(readRaw(raw("out\xfd/f\xff")), readRaw(raw("files/f\xff")));
        QCOMPARE(readRaw(raw("out\xfd/f\xfe")), readRaw(raw("files/f\xfe")));
    }

    void hardLinksLikeGnuTar()
    {
        const QString src = m_dir.filePath(QStringLiteral("links"));
        QVERIFY(wmtest::writeFile(src, QStringLiteral("one"), "shared data\n"));
        QVERIFY(wmtest::writeFile(src, QStringLiteral("other"), "not linked\n"));
        QVERIFY(::link(QFile::encodeName(src + QStringLiteral("/one")).constData(),
                       QFile::encodeName(src + QStringLiteral("/three")).constData()) == 0);
        QDir(src).mkdir(QStringLiteral("sub"));
        QVERIFY(::link(QFile::encodeName(src + QStringLiteral("/one")).constData(),
                       QFile::encodeName(src + QStringLiteral("/sub/two")).constData()) == 0);
        const QString a = m_dir.filePath(QStringLiteral("links.tar.lz4"));
        auto r = wmtest::runWm({QStringLiteral("archive"), QStringLiteral("create"), a,
                                QStringLiteral("-C"), src, QStringLiteral("one"),
                                QStringLiteral("other"), QStringLiteral("sub"),
                                QStringLiteral("three")});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        // GNU tar's own archive of the same names, in the same order.
        const QString listOurs = QStringLiteral(
            "lz4 -dc links.tar.lz4 | tar -tv | grep -v whitemagic-archive-manifest | "
            "awk '{ $3 = \"\"; $4 = \"\"; $5 = \"\"; print }'");
        const QString listTar = QStringLiteral("tar -cf - -C links one other sub three | tar -tv | "
                                               "awk '{ $3 = \"\"; $4 = \"\"; $5 = \"\"; print }'");
        const auto ours = sh(listOurs, m_dir.path());
        const auto theirs = sh(listTar, m_dir.path());
        QCOMPARE(ours.exitCode, 0);
        QCOMPARE(ours.out, theirs.out);
        QVERIFY2(ours.out.contains("sub/two link to one") && ours.out.contains("three link to one"),
                 ours.out.constData());
        r = wmtest::runWm({QStringLiteral("archive"), QStringLiteral("verify"), a});
        QVERIFY2(r.exitCode == 0, r.out + r.err);
        const QString out = m_dir.filePath(QStringLiteral("links-out"));
        QDir().mkpath(out);
        r = wmtest::runWm(
            {QStringLiteral("archive"), QStringLiteral("extract"), a, QStringLiteral("-C"), out});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        struct stat s1 = {}, s2 = {}, s3 = {}, s4 = {};
        ::stat(QFile::encodeName(out + QStringLiteral("/one")).constData(), &s1);
        ::stat(QFile::encodeName(out + QStringLiteral("/sub/two")).constData(), &s2);
        ::stat(QFile::encodeName(out + QStringLiteral("/three")).constData(), &s3);
        ::stat(QFile::encodeName(out + QStringLiteral("/other")).constData(), &s4);
        QCOMPARE(s1.st_nlink, nlink_t(3));
        QVERIFY(s1.st_ino == s2.st_ino && s1.st_ino == s3.st_ino && s1.st_ino != s4.st_ino);
        QCOMPARE(wmtest::readFile(out + QStringLiteral("/sub/two")), QByteArray("shared data\n"));
    }

    void excludeLikeTar()
    {
        const QString src = m_dir.filePath(QStringLiteral("globs"));
        for (const char *f : {"a.c", "b.o", "sub/c.o", "sub/d.c", "build/x.c", "sub/build/y.c"})
            QVERIFY(wmtest::writeFile(src, QString::fromLatin1(f), "x\n"));
        const QString a = m_dir.filePath(QStringLiteral("globs.tar.lz4"));
        const auto r = wmtest::runWm(
            {QStringLiteral("archive"), QStringLiteral("create"), QStringLiteral("--no-manifest"),
             QStringLiteral("--exclude"), QStringLiteral("*.o"), QStringLiteral("--exclude"),
             QStringLiteral("build"), a, QStringLiteral("-C"), src, QStringLiteral("a.c"),
             QStringLiteral("b.o"), QStringLiteral("build"), QStringLiteral("sub")});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY2(r.err.contains("4 entries left out"), r.err.constData());
        // GNU tar with the same patterns and names is the reference.
        const auto ours = sh(QStringLiteral("lz4 -dc globs.tar.lz4 | tar -t"), m_dir.path());
        const auto theirs = sh(QStringLiteral("tar -cf - --exclude='*.o' --exclude=build -C globs "
                                              "a.c b.o build sub | tar -t"),
                               m_dir.path());
        QCOMPARE(ours.out, theirs.out);
        QCOMPARE(ours.out, QByteArray("a.c\nsub/\nsub/d.c\n"));
    }

    void failedMoveIsUndone()
    {
        const QString src = m_dir.filePath(QStringLiteral("undo-src"));
        QVERIFY(wmtest::writeFile(src, QStringLiteral("a.txt"), "new a\n"));
        QVERIFY(wmtest::writeFile(src, QStringLiteral("b.txt"), "new b\n"));
        QVERIFY(wmtest::writeFile(src, QStringLiteral("c/d.txt"), "new d\n"));
        QVERIFY(wmtest::writeFile(src, QStringLiteral("keep/e.txt"), "new e\n"));
        const QString a = m_dir.filePath(QStringLiteral("undo.tar.lz4"));
        const auto w = wm::ArchiveWriter::create(a, src, {QStringLiteral(".")}, {});
        QVERIFY2(w.ok, qPrintable(w.fatalError));
        // The user's destination: a file the archive replaces (--force) and a
        // folder it merges into.
        const QString dest = m_dir.filePath(QStringLiteral("undo-dest"));
        QVERIFY(wmtest::writeFile(dest, QStringLiteral("b.txt"), "user's b\n"));
        QVERIFY(wmtest::writeFile(dest, QStringLiteral("keep/mine.txt"), "user's\n"));
        const QList<QByteArray> before = tree(QFile::encodeName(dest));

        wm::ArchiveExtractor::Options o;
        o.overwrite = true;
        QList<QByteArray> tried;
        o.beforeMove = [&](const QByteArray &path) {
            tried << path;
            return path != "keep/e.txt"; // the last move fails
        };
        wm::FdSource in;
        QVERIFY(in.open(a));
        const auto r = wm::ArchiveExtractor::extract(in, dest, o);
        QVERIFY(!r.ok);
        QCOMPARE(tried, (QList<QByteArray>{"a.txt", "b.txt", "c", "keep/e.txt"}));
        QVERIFY2(r.errors.join(u'\n').contains(QStringLiteral("keep/e.txt: cannot move")),
                 qPrintable(r.errors.join(u'\n')));
        QCOMPARE(tree(QFile::encodeName(dest)), before); // b.txt is the user's again
        QVERIFY(cts::leftovers(dest).isEmpty());

        // The same without the failure: everything lands.
        o.beforeMove = {};
        wm::FdSource again;
        QVERIFY(again.open(a));
        const auto ok = wm::ArchiveExtractor::extract(again, dest, o);
        QVERIFY2(ok.ok, qPrintable(ok.errors.join(u'\n')));
        QCOMPARE(wmtest::readFile(dest + QStringLiteral("/b.txt")), QByteArray("new b\n"));
        QCOMPARE(wmtest::readFile(dest + QStringLiteral("/keep/mine.txt")), QByteArray("user's\n"));
    }

    void manifestNeverTakesAUsersFile()
    {
        const QString src = m_dir.filePath(QStringLiteral("mf-src"));
        QVERIFY(wmtest::writeFile(src, QStringLiteral("a.txt"), "alpha\n"));
        QVERIFY(wmtest::writeFile(src, QStringLiteral(".wm-manifest.json"), "{\"mine\": 1}\n"));
        // tar -x users get the tree plus one clearly named file.
        const QString a = m_dir.filePath(QStringLiteral("mf.tar.lz4"));
        auto r = wmtest::runWm({QStringLiteral("archive"), QStringLiteral("create"), a,
                                QStringLiteral("-C"), src, QStringLiteral(".")});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QString byTar = m_dir.filePath(QStringLiteral("mf-tar"));
        QDir().mkpath(byTar);
        QCOMPARE(sh(QStringLiteral("lz4 -dc mf.tar.lz4 | tar -x -C mf-tar"), m_dir.path()).exitCode,
                 0);
        QCOMPARE(QDir(byTar).entryList(QDir::Files | QDir::Hidden),
                 (QStringList{QStringLiteral(".whitemagic-archive-manifest.json"),
                              QStringLiteral(".wm-manifest.json"), QStringLiteral("a.txt")}));
        // wm restores the user's file of the old manifest name, and never
        // writes its manifest over a user's file of the new one.
        const QString dest = m_dir.filePath(QStringLiteral("mf-dest"));
        QVERIFY(wmtest::writeFile(dest, QStringLiteral(".whitemagic-archive-manifest.json"),
                                  "user's own\n"));
        r = wmtest::runWm({QStringLiteral("archive"), QStringLiteral("extract"),
                           QStringLiteral("--force"), a, QStringLiteral("-C"), dest});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QCOMPARE(wmtest::readFile(dest + QStringLiteral("/.whitemagic-archive-manifest.json")),
                 QByteArray("user's own\n"));
        QCOMPARE(wmtest::readFile(dest + QStringLiteral("/.wm-manifest.json")),
                 QByteArray("{\"mine\": 1}\n"));

        // Without a manifest, the user's file comes last: it is a file, not
        // a manifest (listed, verified, extracted).
        const QString bare = m_dir.filePath(QStringLiteral("mf-bare.tar.lz4"));
        r = wmtest::runWm({QStringLiteral("archive"), QStringLiteral("create"),
                           QStringLiteral("--no-manifest"), bare, QStringLiteral("-C"), src,
                           QStringLiteral("a.txt"), QStringLiteral(".wm-manifest.json")});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        r = wmtest::runWm({QStringLiteral("archive"), QStringLiteral("list"), bare});
        QCOMPARE(r.out, QByteArray("a.txt\n.wm-manifest.json\n"));
        r = wmtest::runWm({QStringLiteral("archive"), QStringLiteral("verify"), bare});
        QVERIFY2(r.exitCode == 0 && r.out.contains("2 members, 2 files"), r.out + r.err);
        const QString dest2 = m_dir.filePath(QStringLiteral("mf-dest2"));
        QDir().mkpath(dest2);
        r = wmtest::runWm({QStringLiteral("archive"), QStringLiteral("extract"), bare,
                           QStringLiteral("-C"), dest2});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QCOMPARE(wmtest::readFile(dest2 + QStringLiteral("/.wm-manifest.json")),
                 QByteArray("{\"mine\": 1}\n"));
    }
};

QTEST_GUILESS_MAIN(TestArchiveBytes)
#include "tst_archivebytes.moc"
