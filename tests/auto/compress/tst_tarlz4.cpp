// SPDX-FileCopyrightText: 2026 WhiteMagic contributors
// SPDX-License-Identifier: MIT
//
// .tar.lz4 archives against GNU tar and the lz4 tool, in both directions:
// what wm writes, `tar -I lz4` extracts identically; what `tar -I lz4`
// writes (GNU, pax, ustar, legacy lz4), wm extracts identically. Plus list,
// verify with the manifest, tampering, truncation and conflicts. (The
// options of `wm archive create` are in tst_archivecreate.)
#include "CompressTestSupport.h"
#include "TreeSnapshot.h"

#include <QJsonDocument>
#include <QTest>
#include <fcntl.h>
#include <sys/stat.h>

namespace {

void setTime(const QString &path, qint64 secs)
{
    const timespec t[2] = {{time_t(secs), 0}, {time_t(secs), 0}};
    ::utimensat(AT_FDCWD, QFile::encodeName(path).constData(), t, AT_SYMLINK_NOFOLLOW);
}

QStringList lines(const QByteArray &out)
{
    QStringList l = QString::fromUtf8(out).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    for (QString &s : l)
        if (s.endsWith(QLatin1Char('/'))) s.chop(1);
    l.sort();
    return l;
}

} // namespace

class TestTarLz4 : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_src; // the fixture tree
    const QStringList m_members{QStringLiteral("notes"), QStringLiteral("emptydir"),
                                QStringLiteral("big.txt")};

    QString fresh(const QString &name)
    {
        const QString p = m_dir.filePath(name);
        QDir(p).removeRecursively();
        QDir().mkpath(p);
        return p;
    }
    QString ourArchive()
    {
        const QString a = m_dir.filePath(QStringLiteral("ours.tar.lz4"));
        if (!QFile::exists(a)) {
            const auto r =
                wmtest::wm(QStringList{QStringLiteral("archive"), QStringLiteral("create"), a,
                                       QStringLiteral("-C"), m_src} +
                           m_members);
            if (r.exitCode != 0) qWarning("%s", r.err.constData());
        }
        return a;
    }
    static wmtest::ProcessResult tar(const QStringList &args)
    {
        return wmtest::run(QStringLiteral("tar"), args);
    }
    cts::Snapshot expected() const
    {
        cts::Snapshot s = cts::snapshot(m_src);
        s.remove("outside.txt");
        return s;
    }

private Q_SLOTS:
    void initTestCase()
    {
        if (!cts::hasLz4() || !wmtest::hasTool(QStringLiteral("tar"))) QSKIP("lz4 or tar missing");
        m_src = fresh(QStringLiteral("src"));
        const QString longDir = QStringLiteral("notes/") + QString(60, QLatin1Char('d')) +
                                QLatin1Char('/') + QString(60, QLatin1Char('e'));
        const QList<QPair<QString, QByteArray>> files{
            {QStringLiteral("notes/a.md"), "# A note\nUNIQUE-MARKER-A: some text to find\n"},
            {QStringLiteral("notes/empty.txt"), {}},
            {QStringLiteral("notes/deep/deeper/deepest/file.bin"), cts::randomBytes(300000, 30)},
            {QStringLiteral("notes/exec.sh"), "#!/bin/sh\necho hi\n"},
            {QStringLiteral("notes/readonly.txt"), "read only\n"},
            {QStringLiteral("notes/spaces and ünïcödé.txt"), "unicode name\n"},
            {longDir + QLatin1Char('/') + QString(120, QLatin1Char('n')) + QStringLiteral(".txt"),
             "long path\n"},
            {QStringLiteral("big.txt"), cts::textBytes(3 << 20, 31)},
            {QStringLiteral("outside.txt"), "not archived\n"},
        };
        for (const auto &[rel, data] : files)
            QVERIFY(wmtest::writeFile(m_src, rel, data));
        QVERIFY(QDir(m_src).mkpath(QStringLiteral("emptydir")));
        QVERIFY(QFile::link(QStringLiteral("a.md"), m_src + QStringLiteral("/notes/link-to-a")));
        QVERIFY(QFile::link(QStringLiteral("../../a.md"),
                            m_src + QStringLiteral("/notes/deep/deeper/uplink")));
        QVERIFY(QFile::setPermissions(m_src + QStringLiteral("/notes/exec.sh"),
                                      QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner |
                                          QFile::ReadGroup | QFile::ExeGroup | QFile::ReadOther |
                                          QFile::ExeOther));
        QVERIFY(QFile::setPermissions(m_src + QStringLiteral("/notes/readonly.txt"),
                                      QFile::ReadOwner | QFile::ReadGroup));
        // Fixed times, deepest first so folders keep theirs.
        QStringList all;
        QDirIterator it(m_src, QDir::AllEntries | QDir::NoDotAndDotDot | QDir::System,
                        QDirIterator::Subdirectories);
        while (it.hasNext())
            all << it.next();
        std::sort(all.begin(), all.end(), [](const QString &a, const QString &b) {
            return a.count(QLatin1Char('/')) > b.count(QLatin1Char('/'));
        });
        qint64 t = 1600000000;
        for (const QString &p : all)
            setTime(p, t += 3600);
    }

    void wmArchiveExtractsWithTar()
    {
        const QString a = ourArchive();
        QVERIFY(QFile::exists(a));
        const QString out = fresh(QStringLiteral("x1"));
        const auto r = tar({QStringLiteral("-I"), QStringLiteral("lz4"), QStringLiteral("-xf"), a,
                            QStringLiteral("-C"), out});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        // tar extracts the manifest as an ordinary, valid JSON file.
        const QByteArray manifest =
            wmtest::readFile(out + QStringLiteral("/.whitemagic-archive-manifest.json"));
        QVERIFY(QJsonDocument::fromJson(manifest).isObject());
        QFile::remove(out + QStringLiteral("/.whitemagic-archive-manifest.json"));
        const cts::Snapshot got = cts::snapshot(out);
        QVERIFY2(got == expected(), qPrintable(cts::diff(expected(), got)));
        // And the plain lz4 tool decodes the stream to a tar that tar lists.
        const auto plain =
            wmtest::run(QStringLiteral("sh"),
                        {QStringLiteral("-c"), QStringLiteral("lz4 -dc \"$1\" | tar -tf -"),
                         QStringLiteral("sh"), a});
        QCOMPARE(plain.exitCode, 0);
    }

    void tarArchiveExtractsWithWm_data()
    {
        QTest::addColumn<QString>("command");
        QTest::addColumn<bool>("times"); // folders tar creates implicitly get "now"
        QTest::newRow("tar -I lz4 (GNU format)")
            << QStringLiteral("tar -I lz4 -cf \"$1\" -C \"$2\" notes emptydir big.txt") << true;
        QTest::newRow("pax format")
            << QStringLiteral(
                   "tar --format=posix -I lz4 -cf \"$1\" -C \"$2\" notes emptydir big.txt")
            << true;
        QTest::newRow("ustar, -BD -9")
            << QStringLiteral("tar --format=ustar -cf - -C \"$2\" notes/a.md notes/deep emptydir "
                              "big.txt | lz4 -BD -9 -q > \"$1\"")
            << false;
        QTest::newRow("./ prefixes")
            << QStringLiteral("tar -I lz4 -cf \"$1\" -C \"$2\" ./notes ./emptydir ./big.txt")
            << true;
        QTest::newRow("whole folder: -C dir .")
            << QStringLiteral("tar -I lz4 -cf \"$1\" -C \"$2\" .") << true;
        QTest::newRow("legacy lz4 -l")
            << QStringLiteral("tar -cf - -C \"$2\" notes emptydir big.txt | lz4 -l -q > \"$1\"")
            << true;
    }

    void tarArchiveExtractsWithWm()
    {
        QFETCH(QString, command);
        QFETCH(bool, times);
        const QString a = m_dir.filePath(QStringLiteral("theirs.tar.lz4"));
        QFile::remove(a);
        QCOMPARE(wmtest::run(QStringLiteral("sh"),
                             {QStringLiteral("-c"), command, QStringLiteral("sh"), a, m_src})
                     .exitCode,
                 0);
        // The reference extraction and ours must be the same tree.
        const QString ref = fresh(QStringLiteral("ref"));
        QCOMPARE(tar({QStringLiteral("-I"), QStringLiteral("lz4"), QStringLiteral("-xf"), a,
                      QStringLiteral("-C"), ref})
                     .exitCode,
                 0);
        const QString out = fresh(QStringLiteral("x2"));
        const auto r = wmtest::wm(
            {QStringLiteral("archive"), QStringLiteral("extract"), a, QStringLiteral("-C"), out});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const cts::Snapshot want = cts::snapshot(ref, times), got = cts::snapshot(out, times);
        QVERIFY2(got == want, qPrintable(cts::diff(want, got)));
        QVERIFY(got.size() > 5);
        // List agrees with tar -t.
        const auto wl = wmtest::wm({QStringLiteral("archive"), QStringLiteral("list"), a});
        QCOMPARE(wl.exitCode, 0);
        QCOMPARE(
            lines(wl.out),
            lines(
                tar({QStringLiteral("-I"), QStringLiteral("lz4"), QStringLiteral("-tf"), a}).out));
        const auto v = wmtest::wm({QStringLiteral("archive"), QStringLiteral("verify"), a});
        QVERIFY2(v.exitCode == 0 && v.out.contains("NOT covered by a manifest"), v.out + v.err);
    }

    void hardLinksFromTar()
    {
        const QString src = fresh(QStringLiteral("hl"));
        QVERIFY(wmtest::writeFile(src, QStringLiteral("one"), "shared content\n"));
        QVERIFY(::link(QFile::encodeName(src + QStringLiteral("/one")).constData(),
                       QFile::encodeName(src + QStringLiteral("/two")).constData()) == 0);
        const QString a = m_dir.filePath(QStringLiteral("hl.tar.lz4"));
        QCOMPARE(tar({QStringLiteral("-I"), QStringLiteral("lz4"), QStringLiteral("-cf"), a,
                      QStringLiteral("-C"), src, QStringLiteral("one"), QStringLiteral("two")})
                     .exitCode,
                 0);
        const QString out = fresh(QStringLiteral("hlx"));
        QCOMPARE(wmtest::wm({QStringLiteral("archive"), QStringLiteral("extract"), a,
                             QStringLiteral("-C"), out})
                     .exitCode,
                 0);
        struct stat s1 = {}, s2 = {};
        QVERIFY(::stat(QFile::encodeName(out + QStringLiteral("/one")).constData(), &s1) == 0);
        QVERIFY(::stat(QFile::encodeName(out + QStringLiteral("/two")).constData(), &s2) == 0);
        QCOMPARE(s1.st_ino, s2.st_ino);
        QCOMPARE(wmtest::readFile(out + QStringLiteral("/two")), QByteArray("shared content\n"));
        QCOMPARE(wmtest::wm({QStringLiteral("archive"), QStringLiteral("verify"), a}).exitCode, 0);
    }

    void listAndVerifyOurs()
    {
        const QString a = ourArchive();
        const auto wl = wmtest::wm({QStringLiteral("archive"), QStringLiteral("list"), a});
        QCOMPARE(wl.exitCode, 0);
        QStringList theirs =
            lines(tar({QStringLiteral("-I"), QStringLiteral("lz4"), QStringLiteral("-tf"), a}).out);
        QVERIFY(theirs.removeAll(QStringLiteral(".whitemagic-archive-manifest.json")) ==
                1); // tar sees the manifest; list hides it
        QCOMPARE(lines(wl.out), theirs);
        const auto v = wmtest::wm({QStringLiteral("archive"), QStringLiteral("verify"), a});
        QVERIFY2(v.exitCode == 0 && v.out.contains("all match the manifest"), v.out + v.err);
        const auto longList = wmtest::wm(
            {QStringLiteral("archive"), QStringLiteral("list"), QStringLiteral("--long"), a});
        QVERIFY(longList.out.contains("notes/link-to-a -> a.md"));
        QVERIFY(longList.out.contains("-rwxr-xr-x"));
    }

    void roundTripThroughWm()
    {
        const QString out = fresh(QStringLiteral("x3"));
        const auto r = wmtest::wm({QStringLiteral("archive"), QStringLiteral("extract"),
                                   ourArchive(), QStringLiteral("-C"), out});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY(!QFile::exists(
            out + QStringLiteral("/.whitemagic-archive-manifest.json"))); // metadata, not content
        const cts::Snapshot got = cts::snapshot(out);
        QVERIFY2(got == expected(), qPrintable(cts::diff(expected(), got)));
        QVERIFY(cts::leftovers(out).isEmpty());
    }

    // Change one byte of a member inside a valid LZ4 stream: only the
    // manifest can notice, and it does; extraction then places nothing.
    void tamperedMemberIsCaught()
    {
        const QString work = fresh(QStringLiteral("tamper"));
        const QString rawTar = work + QStringLiteral("/t.tar");
        QCOMPARE(wmtest::run(QStringLiteral("lz4"),
                             {QStringLiteral("-d"), QStringLiteral("-q"), ourArchive(), rawTar})
                     .exitCode,
                 0);
        QByteArray bytes = wmtest::readFile(rawTar);
        const qsizetype at = bytes.indexOf("UNIQUE-MARKER-A");
        QVERIFY(at > 0);
        bytes[at] = 'X';
        QVERIFY(wmtest::writeFile(work, QStringLiteral("t.tar"), bytes));
        const QString bad = work + QStringLiteral("/bad.tar.lz4");
        QCOMPARE(wmtest::run(QStringLiteral("lz4"), {QStringLiteral("-q"), rawTar, bad}).exitCode,
                 0);
        QCOMPARE(
            tar({QStringLiteral("-I"), QStringLiteral("lz4"), QStringLiteral("-tf"), bad}).exitCode,
            0); // a valid archive to tar
        const auto v = wmtest::wm({QStringLiteral("archive"), QStringLiteral("verify"), bad});
        QCOMPARE(v.exitCode, 1);
        QVERIFY2(v.err.contains("notes/a.md") && v.err.contains("SHA-256"), v.err.constData());
        const QString out = fresh(QStringLiteral("tamperx"));
        const auto x = wmtest::wm(
            {QStringLiteral("archive"), QStringLiteral("extract"), bad, QStringLiteral("-C"), out});
        QCOMPARE(x.exitCode, 1);
        QVERIFY(
            QDir(out).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot).isEmpty());
    }

    void corruptOrTruncatedArchive_data()
    {
        QTest::addColumn<int>("kind");
        QTest::addColumn<int>("tenths");
        for (int k : {1, 3, 5, 8, 9})
            QTest::newRow(qPrintable(QStringLiteral("truncated at %1/10").arg(k))) << 0 << k;
        QTest::newRow("last byte missing") << 1 << 0;
        QTest::newRow("flipped byte") << 2 << 5;
        QTest::newRow("garbage appended") << 3 << 0;
    }

    void corruptOrTruncatedArchive()
    {
        QFETCH(int, kind);
        QFETCH(int, tenths);
        QByteArray bytes = wmtest::readFile(ourArchive());
        if (kind == 0) bytes.truncate(bytes.size() * tenths / 10);
        if (kind == 1) bytes.chop(1);
        if (kind == 2)
            bytes[bytes.size() * tenths / 10] = char(bytes[bytes.size() * tenths / 10] ^ 0x21);
        if (kind == 3) bytes += "trailing garbage";
        const QString work = fresh(QStringLiteral("corrupt"));
        QVERIFY(wmtest::writeFile(work, QStringLiteral("c.tar.lz4"), bytes));
        const QString a = work + QStringLiteral("/c.tar.lz4");
        QVERIFY(cts::lz4Filter({QStringLiteral("-t")}, bytes).exitCode !=
                0); // the reference agrees it is broken
        for (const QString &sub : {QStringLiteral("list"), QStringLiteral("verify")}) {
            const auto r = wmtest::wm({QStringLiteral("archive"), sub, a});
            QCOMPARE(r.exitCode, 1);
            QVERIFY2(r.err.contains(a.toUtf8()), r.err.constData());
        }
        const QString out = fresh(QStringLiteral("corruptx"));
        const auto x = wmtest::wm(
            {QStringLiteral("archive"), QStringLiteral("extract"), a, QStringLiteral("-C"), out});
        QCOMPARE(x.exitCode, 1);
        QVERIFY2(x.err.contains("nothing was extracted"), x.err.constData());
        QVERIFY(
            QDir(out).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot).isEmpty());
    }

    void conflictsNeedForce()
    {
        const QString out = fresh(QStringLiteral("conflict"));
        QVERIFY(wmtest::writeFile(out, QStringLiteral("notes/a.md"), "mine"));
        QVERIFY(wmtest::writeFile(out, QStringLiteral("unrelated.txt"), "untouched"));
        auto x = wmtest::wm({QStringLiteral("archive"), QStringLiteral("extract"), ourArchive(),
                             QStringLiteral("-C"), out});
        QCOMPARE(x.exitCode, 1);
        QVERIFY2(x.err.contains("notes/a.md") && x.err.contains("already exists"),
                 x.err.constData());
        QCOMPARE(wmtest::readFile(out + QStringLiteral("/notes/a.md")), QByteArray("mine"));
        QVERIFY(!QFile::exists(out + QStringLiteral("/big.txt"))); // all or nothing
        x = wmtest::wm({QStringLiteral("archive"), QStringLiteral("extract"),
                        QStringLiteral("--force"), ourArchive(), QStringLiteral("-C"), out});
        QVERIFY2(x.exitCode == 0, x.err.constData());
        QCOMPARE(wmtest::readFile(out + QStringLiteral("/notes/a.md")),
                 wmtest::readFile(m_src + QStringLiteral("/notes/a.md")));
        QCOMPARE(wmtest::readFile(out + QStringLiteral("/unrelated.txt")), QByteArray("untouched"));
        QVERIFY(cts::leftovers(out).isEmpty());
    }

    void standardStreams()
    {
        auto r =
            wmtest::wm({QStringLiteral("archive"), QStringLiteral("create"), QStringLiteral("-"),
                        QStringLiteral("notes"), QStringLiteral("-C"), m_src});
        QCOMPARE(r.exitCode, 0);
        const QByteArray archive = r.out;
        const auto l = wmtest::wm(
            {QStringLiteral("archive"), QStringLiteral("list"), QStringLiteral("-")}, {}, archive);
        QCOMPARE(l.exitCode, 0);
        QVERIFY(l.out.contains("notes/a.md"));
        const QString out = fresh(QStringLiteral("stdin"));
        QCOMPARE(wmtest::wm({QStringLiteral("archive"), QStringLiteral("extract"),
                             QStringLiteral("-"), QStringLiteral("-C"), out},
                            {}, archive)
                     .exitCode,
                 0);
        QCOMPARE(wmtest::readFile(out + QStringLiteral("/notes/a.md")),
                 wmtest::readFile(m_src + QStringLiteral("/notes/a.md")));
    }
};

QTEST_GUILESS_MAIN(TestTarLz4)
#include "tst_tarlz4.moc"
