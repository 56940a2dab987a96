// SPDX-FileCopyrightText: 2026 WhiteMagic contributors
// SPDX-License-Identifier: MIT
//
// What `wm archive` says about an archive must be true and read like tar:
// list escapes names as `tar -t` does, verify says whether a manifest
// covers the archive and fails for members stored after it, extract -C
// into a missing folder is an error as with `tar -C`, links pointing
// outside are skipped by name (or restored as tar does with --trust-links),
// and a create that skips every input leaves no archive. GNU tar and the
// lz4 tool are the references.
#include "CompressTestSupport.h"

#include <QScopeGuard>
#include <QTemporaryDir>
#include <QTest>
#include <optional>
#include <sys/stat.h>
#include <unistd.h>

namespace {

wmtest::ProcessResult tar(const QStringList &args, const QString &workDir = {})
{
    return wmtest::run(QStringLiteral("tar"), args, workDir);
}

QByteArray withoutManifest(const QByteArray &listing)
{
    QList<QByteArray> lines = listing.split('\n');
    lines.removeAll(QByteArray(".whitemagic-archive-manifest.json"));
    lines.removeAll(QByteArray());
    std::sort(lines.begin(), lines.end());
    return lines.join('\n');
}

} // namespace

class TestArchiveTrust : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    QString path(const QString &name) const { return m_dir.filePath(name); }

    // ARCHIVE -> plain tar, run `tar ARGS` on it, -> ARCHIVE again.
    void editTar(const QString &archive, const QStringList &tarArgs)
    {
        const QString raw = archive + QStringLiteral(".tar");
        QFile::remove(raw);
        QCOMPARE(
            wmtest::run(QStringLiteral("lz4"), {QStringLiteral("-dqf"), archive, raw}).exitCode, 0);
        const wmtest::ProcessResult r =
            tar(QStringList{QStringLiteral("-f"), raw} + tarArgs, m_dir.path());
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QCOMPARE(wmtest::run(QStringLiteral("lz4"), {QStringLiteral("-qf"), raw, archive}).exitCode,
                 0);
    }

    QString makeArchive(const QString &name)
    {
        const QString src = path(name + QStringLiteral("-src"));
        QDir().mkpath(src);
        wmtest::writeFile(src, QStringLiteral("a.txt"), "alpha\n");
        wmtest::writeFile(src, QStringLiteral("sub/b.txt"), "bravo\n");
        const QString a = path(name + QStringLiteral(".tar.lz4"));
        const auto r = wmtest::wm({QStringLiteral("archive"), QStringLiteral("create"), a,
                                   QStringLiteral("-C"), src, QStringLiteral("a.txt"),
                                   QStringLiteral("sub"), QStringLiteral("-q")});
        if (r.exitCode != 0) qWarning("%s", r.err.constData());
        return a;
    }

    // Runs wm under `strace -f -qq -e trace=fsync,fdatasync EXTRA`; the log,
    // or nothing (with a warning) when wm failed.
    std::optional<QByteArray> tracedSyncs(const QStringList &wmArgs, const QStringList &extra = {})
    {
        // LeakSanitizer stops the process's threads with ptrace at exit, which
        // fails under strace: in an ASan build the traced wm runs without leak
        // detection (that child only; every other wm run here keeps it).
        // Elsewhere ASAN_OPTIONS means nothing.
        QByteArray asan = qgetenv("ASAN_OPTIONS");
        asan += asan.isEmpty() ? "detect_leaks=0" : ":detect_leaks=0";
        const QString log = path(QStringLiteral("strace.log"));
        QFile::remove(log);
        const auto r = wmtest::run(
            QStringLiteral("strace"),
            QStringList{QStringLiteral("-f"), QStringLiteral("-qq"), QStringLiteral("-E"),
                        QStringLiteral("ASAN_OPTIONS=") + QString::fromLocal8Bit(asan),
                        QStringLiteral("-e"), QStringLiteral("trace=fsync,fdatasync"),
                        QStringLiteral("-o"), log} +
                extra + QStringList{QStringLiteral(WM_BINARY)} + wmArgs);
        if (r.exitCode != 0) {
            qWarning("%s", r.err.constData());
            return std::nullopt;
        }
        return wmtest::readFile(log);
    }

    // strace is in scripts/deps-debian.txt; a sandbox may still refuse ptrace.
    static bool straceRefused()
    {
        return wmtest::run(QStringLiteral("strace"),
                           {QStringLiteral("-qq"), QStringLiteral("true")})
                   .exitCode != 0;
    }

private Q_SLOTS:
    void initTestCase()
    {
        if (!wmtest::hasTool(QStringLiteral("tar")) || !cts::hasLz4())
            QSKIP("GNU tar and the lz4 tool are the references");
    }

    void listEscapesLikeTar()
    {
        const QString src = path(QStringLiteral("odd"));
        QDir().mkpath(src);
        const QStringList names = {QStringLiteral("new\nline.txt"),  QStringLiteral("tab\there"),
                                   QStringLiteral("esc\033[31mred"), QStringLiteral("back\\slash"),
                                   QStringLiteral("bell\a\x7f"),     QStringLiteral("plain.txt")};
        for (const QString &n : names)
            QVERIFY(wmtest::writeFile(src, n, "x\n"));
        const QString a = path(QStringLiteral("odd.tar.lz4"));
        QStringList args{
            QStringLiteral("archive"), QStringLiteral("create"), a, QStringLiteral("-C"), src,
            QStringLiteral("-q")};
        const auto c = wmtest::wm(args + names);
        QVERIFY2(c.exitCode == 0, c.err.constData());
        const auto ours = wmtest::wm({QStringLiteral("archive"), QStringLiteral("list"), a});
        QCOMPARE(ours.exitCode, 0);
        const auto theirs =
            tar({QStringLiteral("-I"), QStringLiteral("lz4"), QStringLiteral("-tf"), a});
        QCOMPARE(theirs.exitCode, 0);
        QCOMPARE(withoutManifest(ours.out), withoutManifest(theirs.out));
        QVERIFY(!ours.out.contains('\033'));
        QCOMPARE(ours.out.count('\n'), qsizetype(names.size()));
    }

    void verifySaysWhetherCovered()
    {
        const QString a = makeArchive(QStringLiteral("covered"));
        const auto ok = wmtest::wm({QStringLiteral("archive"), QStringLiteral("verify"), a});
        QCOMPARE(ok.exitCode, 0);
        QVERIFY2(ok.out.contains("covered by the manifest"), ok.out.constData());

        // Manifest deleted with tar: still a sound archive, but said plainly.
        editTar(a,
                {QStringLiteral("--delete"), QStringLiteral(".whitemagic-archive-manifest.json")});
        const auto bare = wmtest::wm({QStringLiteral("archive"), QStringLiteral("verify"), a});
        QCOMPARE(bare.exitCode, 0);
        QVERIFY2(bare.out.contains("NOT covered by a manifest"), bare.out.constData());
        const auto required = wmtest::wm({QStringLiteral("archive"), QStringLiteral("verify"),
                                          QStringLiteral("--require-manifest"), a});
        QCOMPARE(required.exitCode, 1);
        QVERIFY(required.out.contains("FAILED"));
    }

    void memberAfterManifestFails()
    {
        const QString a = makeArchive(QStringLiteral("appended"));
        QVERIFY(wmtest::writeFile(m_dir.path(), QStringLiteral("extra.txt"), "slipped in\n"));
        editTar(a, {QStringLiteral("-r"), QStringLiteral("extra.txt")});
        const auto listed =
            tar({QStringLiteral("-I"), QStringLiteral("lz4"), QStringLiteral("-tf"), a});
        QVERIFY2(listed.out.endsWith(".whitemagic-archive-manifest.json\nextra.txt\n"),
                 listed.out.constData());
        const auto v = wmtest::wm({QStringLiteral("archive"), QStringLiteral("verify"), a});
        QCOMPARE(v.exitCode, 1);
        QVERIFY2(v.err.contains("extra.txt: stored after the manifest"), v.err.constData());
        QVERIFY(v.out.contains("FAILED"));
    }

    // A tree with links pointing outside: create names them, extraction
    // restores everything else and names each skipped link (exit 1), and
    // --trust-links restores them as tar does.
    void linksPointingOutside()
    {
        const QString src = path(QStringLiteral("links-src"));
        QDir().mkpath(src + QStringLiteral("/bin"));
        QVERIFY(wmtest::writeFile(src, QStringLiteral("bin/tool.txt"), "tool\n"));
        QVERIFY(
            QFile::link(QStringLiteral("/usr/bin/python3"), src + QStringLiteral("/bin/python")));
        QVERIFY(::symlink("../../elsewhere",
                          QFile::encodeName(src + QStringLiteral("/bin/up")).constData()) == 0);
        QVERIFY(::symlink("tool.txt",
                          QFile::encodeName(src + QStringLiteral("/bin/inside")).constData()) == 0);
        const QString a = path(QStringLiteral("links.tar.lz4"));
        const auto c = wmtest::wm({QStringLiteral("archive"), QStringLiteral("create"), a,
                                   QStringLiteral("-C"), src, QStringLiteral("bin")});
        QCOMPARE(c.exitCode, 0);
        QVERIFY2(c.err.contains("bin/python -> /usr/bin/python3: points outside") &&
                     c.err.contains("bin/up -> ../../elsewhere: points outside") &&
                     !c.err.contains("bin/inside"),
                 c.err.constData());
        const auto v = wmtest::wm({QStringLiteral("archive"), QStringLiteral("verify"), a});
        QVERIFY2(v.exitCode == 0 && v.err.contains("bin/python -> /usr/bin/python3"),
                 v.out + v.err);

        const QString plain = path(QStringLiteral("links-plain"));
        QDir().mkpath(plain);
        const auto x = wmtest::wm(
            {QStringLiteral("archive"), QStringLiteral("extract"), a, QStringLiteral("-C"), plain});
        QCOMPARE(x.exitCode, 1);
        QVERIFY2(x.err.contains("skipped symbolic link bin/python -> /usr/bin/python3") &&
                     x.err.contains("skipped symbolic link bin/up -> ../../elsewhere"),
                 x.err.constData());
        QCOMPARE(wmtest::readFile(plain + QStringLiteral("/bin/tool.txt")), QByteArray("tool\n"));
        QCOMPARE(QFileInfo(plain + QStringLiteral("/bin/inside")).symLinkTarget(),
                 plain + QStringLiteral("/bin/tool.txt"));
        QVERIFY(!QFileInfo(plain + QStringLiteral("/bin/python")).isSymLink());

        // Trusted: the same links as GNU tar restores.
        const QString trusted = path(QStringLiteral("links-trusted"));
        const QString byTar = path(QStringLiteral("links-tar"));
        QDir().mkpath(trusted);
        QDir().mkpath(byTar);
        const auto t =
            wmtest::wm({QStringLiteral("archive"), QStringLiteral("extract"),
                        QStringLiteral("--trust-links"), a, QStringLiteral("-C"), trusted});
        QVERIFY2(t.exitCode == 0, t.err.constData());
        QCOMPARE(tar({QStringLiteral("-I"), QStringLiteral("lz4"), QStringLiteral("-xf"), a,
                      QStringLiteral("-C"), byTar})
                     .exitCode,
                 0);
        for (const char *link : {"/bin/python", "/bin/up", "/bin/inside"}) {
            const QByteArray ours = QFile::encodeName(trusted + QLatin1String(link));
            const QByteArray theirs = QFile::encodeName(byTar + QLatin1String(link));
            char a1[256] = {}, a2[256] = {};
            QVERIFY(::readlink(ours.constData(), a1, sizeof a1 - 1) > 0);
            QVERIFY(::readlink(theirs.constData(), a2, sizeof a2 - 1) > 0);
            QCOMPARE(QByteArray(a1), QByteArray(a2));
        }
    }

    // Every input skipped: no archive at all, not an empty one.
    void allInputsSkippedLeavesNoArchive()
    {
        const QString a = path(QStringLiteral("nothing.tar.lz4"));
        const auto r = wmtest::wm({QStringLiteral("archive"), QStringLiteral("create"), a,
                                   QStringLiteral("-C"), m_dir.path(), QStringLiteral("missing-1"),
                                   QStringLiteral("missing-2")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains("every input was skipped"), r.err.constData());
        QVERIFY(!QFileInfo::exists(a));
    }

    // Outputs reach the disk before they count as done: fsync calls seen by
    // strace (the reference), and none with --no-sync.
    void syncedUnlessNoSync()
    {
        WM_REQUIRE_TOOL("strace");
        if (straceRefused()) QSKIP("strace cannot trace in this environment (ptrace refused)");
        const QString a = makeArchive(QStringLiteral("synced"));
        QVERIFY(wmtest::writeFile(m_dir.path(), QStringLiteral("plain.txt"), "plain\n"));
        const auto fsyncs = [&](const QStringList &wmArgs) -> qsizetype {
            const auto log = tracedSyncs(wmArgs);
            return log ? log->count("fsync(") : -1;
        };
        for (const bool sync : {true, false}) {
            const QStringList no = sync ? QStringList{} : QStringList{QStringLiteral("--no-sync")};
            const QString dest = path(sync ? QStringLiteral("sync-x") : QStringLiteral("nosync-x"));
            QDir().mkpath(dest);
            // Two files and the folders holding them (sub/, the top, the destination).
            const qsizetype extract =
                fsyncs(QStringList{QStringLiteral("archive"), QStringLiteral("extract"), a,
                                   QStringLiteral("-C"), dest} +
                       no);
            const qsizetype compress =
                fsyncs(QStringList{QStringLiteral("compress"), QStringLiteral("-f"),
                                   path(QStringLiteral("plain.txt"))} +
                       no);
            if (sync) {
                QVERIFY2(extract >= 4, qPrintable(QString::number(extract)));
                QVERIFY2(compress >= 2, qPrintable(QString::number(compress)));
            } else {
                QCOMPARE(extract, 0);
                QCOMPARE(compress, 0);
            }
        }
    }

    // Every folder an extraction puts an entry in is fsynced in the
    // destination, seen by strace: folders the archive only implies
    // (deep/ and deep/er/ of deep/er/file.txt) and one it marks 0000, which
    // still extracts as tar extracts it. Root opens any folder, so wm runs
    // as 'nobody' then (strace -u).
    void extractSyncsEveryFolderItWrote()
    {
        WM_REQUIRE_TOOL("strace");
        if (straceRefused()) QSKIP("strace cannot trace in this environment (ptrace refused)");
        QTemporaryDir base(QStringLiteral("/tmp/wm-implied-XXXXXX"));
        QVERIFY(base.isValid());
        const QString src = base.filePath(QStringLiteral("src"));
        const QString raw = base.filePath(QStringLiteral("implied.tar"));
        const QString dest = base.filePath(QStringLiteral("wm"));
        const QString ref = base.filePath(QStringLiteral("tar"));
        const auto reopen = qScopeGuard([&] {
            for (const QString &d : {src, dest, ref})
                ::chmod(QFile::encodeName(d + QStringLiteral("/shut")).constData(), 0700);
        });
        QVERIFY(wmtest::writeFile(src, QStringLiteral("deep/er/file.txt"), "deep\n"));
        QVERIFY(wmtest::writeFile(src, QStringLiteral("shut/inner.txt"), "inner\n"));
        // shut/ is stored 0000 (a folder member needs only lstat), then the
        // files; no member for deep/ or deep/er/.
        const QByteArray shut = QFile::encodeName(src + QStringLiteral("/shut"));
        QVERIFY(::chmod(shut.constData(), 0) == 0);
        auto r = tar(
            {QStringLiteral("-cf"), raw, QStringLiteral("--no-recursion"), QStringLiteral("shut")},
            src);
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY(::chmod(shut.constData(), 0700) == 0);
        r = tar({QStringLiteral("-rf"), raw, QStringLiteral("--no-recursion"),
                 QStringLiteral("shut/inner.txt"), QStringLiteral("deep/er/file.txt")},
                src);
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QString a = raw + QStringLiteral(".lz4");
        QCOMPARE(wmtest::run(QStringLiteral("lz4"), {QStringLiteral("-qf"), raw, a}).exitCode, 0);
        QVERIFY(QDir().mkpath(dest) && QDir().mkpath(ref));
        QVERIFY(::chmod(QFile::encodeName(base.path()).constData(), 0755) == 0);
        QVERIFY(::chmod(QFile::encodeName(a).constData(), 0644) == 0);
        QVERIFY(::chmod(QFile::encodeName(dest).constData(), 0777) == 0);
        r = tar({QStringLiteral("-xf"), raw, QStringLiteral("-C"), ref});
        QVERIFY2(r.exitCode == 0, r.err.constData());

        QStringList asUser{QStringLiteral("-y")};
        if (::geteuid() == 0) asUser << QStringLiteral("-u") << QStringLiteral("nobody");
        const auto log = tracedSyncs(
            {QStringLiteral("archive"), QStringLiteral("extract"), a, QStringLiteral("-C"), dest},
            asUser);
        QVERIFY(log);
        for (const QString &d : {dest, dest + QStringLiteral("/deep"),
                                 dest + QStringLiteral("/deep/er"), dest + QStringLiteral("/shut")})
            QVERIFY2(log->contains("fsync(") && log->contains('<' + QFile::encodeName(d) + ">)"),
                     qPrintable(d + QStringLiteral(" was not synced:\n") +
                                QString::fromLocal8Bit(*log)));
        for (const char *rel : {"shut", "deep", "deep/er", "deep/er/file.txt"}) {
            struct stat got = {}, want = {};
            const QString name = QLatin1Char('/') + QLatin1String(rel);
            QVERIFY(::lstat(QFile::encodeName(dest + name).constData(), &got) == 0);
            QVERIFY(::lstat(QFile::encodeName(ref + name).constData(), &want) == 0);
            QCOMPARE(got.st_mode, want.st_mode);
        }
    }

    void extractIntoMissingFolder()
    {
        const QString a = makeArchive(QStringLiteral("missing"));
        const QString target = path(QStringLiteral("no/such/folder"));
        const auto ref = tar({QStringLiteral("-I"), QStringLiteral("lz4"), QStringLiteral("-xf"), a,
                              QStringLiteral("-C"), target});
        QVERIFY(ref.exitCode != 0);
        const auto r = wmtest::wm({QStringLiteral("archive"), QStringLiteral("extract"), a,
                                   QStringLiteral("-C"), target});
        QCOMPARE(r.exitCode, ref.exitCode); // 2, as tar
        QVERIFY2(r.err.contains("No such file or directory"), r.err.constData());
        QVERIFY(!QFileInfo::exists(path(QStringLiteral("no"))));
    }
};

QTEST_GUILESS_MAIN(TestArchiveTrust)
#include "tst_archivetrust.moc"
