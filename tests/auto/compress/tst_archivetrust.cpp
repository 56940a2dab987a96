// What `wm archive` says about an archive must be true and read like tar:
// list escapes names as `tar -t` does, verify says whether a manifest
// covers the archive and fails for members stored after it, extract -C
// into a missing folder is an error as with `tar -C`. GNU tar and the lz4
// tool are the references.
#include "CompressTestSupport.h"

#include <QTest>

namespace {

wmtest::ProcessResult tar(const QStringList &args, const QString &workDir = {})
{
    return wmtest::run(QStringLiteral("tar"), args, workDir);
}

QByteArray withoutManifest(const QByteArray &listing)
{
    QList<QByteArray> lines = listing.split('\n');
    lines.removeAll(QByteArray(".wm-manifest.json"));
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
        editTar(a, {QStringLiteral("--delete"), QStringLiteral(".wm-manifest.json")});
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
        QVERIFY2(listed.out.endsWith(".wm-manifest.json\nextra.txt\n"), listed.out.constData());
        const auto v = wmtest::wm({QStringLiteral("archive"), QStringLiteral("verify"), a});
        QCOMPARE(v.exitCode, 1);
        QVERIFY2(v.err.contains("extra.txt: stored after the manifest"), v.err.constData());
        QVERIFY(v.out.contains("FAILED"));
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
