// SPDX-FileCopyrightText: 2026 WhiteMagic contributors
// SPDX-License-Identifier: MIT
//
// `wm archive create` options against GNU tar's listing: "." relative to
// -C, no overwrite without --force, '..' refused and a leading '/' dropped,
// --no-manifest and a file that would clash with the manifest, usage errors.
// (Split from tst_tarlz4, which checks the archives themselves.)
#include "CompressTestSupport.h"

#include <QTest>

namespace {

QStringList lines(const QByteArray &out)
{
    QStringList l = QString::fromUtf8(out).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    for (QString &s : l)
        if (s.endsWith(QLatin1Char('/'))) s.chop(1);
    l.sort();
    return l;
}

} // namespace

class TestArchiveCreate : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    QString fresh(const QString &name)
    {
        const QString p = m_dir.filePath(name);
        QDir(p).removeRecursively();
        QDir().mkpath(p);
        return p;
    }
    static wmtest::ProcessResult tar(const QStringList &args)
    {
        return wmtest::run(QStringLiteral("tar"), args);
    }

private Q_SLOTS:
    void initTestCase()
    {
        if (!cts::hasLz4() || !wmtest::hasTool(QStringLiteral("tar"))) QSKIP("lz4 or tar missing");
    }

    void createOptions()
    {
        const QString work = fresh(QStringLiteral("create"));
        const QString a = work + QStringLiteral("/a.tar.lz4");
        // "." relative to -C: members without a "./" prefix; the archive
        // being written inside the tree is not archived into itself.
        QVERIFY(wmtest::writeFile(work, QStringLiteral("in/x.txt"), "x"));
        const QString inside = work + QStringLiteral("/in/self.tar.lz4");
        auto r =
            wmtest::wm({QStringLiteral("archive"), QStringLiteral("create"), inside,
                        QStringLiteral("."), QStringLiteral("-C"), work + QStringLiteral("/in")});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QCOMPARE(lines(wmtest::wm({QStringLiteral("archive"), QStringLiteral("list"), inside}).out),
                 QStringList{QStringLiteral("x.txt")});
        // No overwrite without --force.
        QVERIFY(wmtest::writeFile(work, QStringLiteral("a.tar.lz4"), "precious"));
        r = wmtest::wm({QStringLiteral("archive"), QStringLiteral("create"), a,
                        QStringLiteral("in/x.txt"), QStringLiteral("-C"), work});
        QCOMPARE(r.exitCode, 1);
        QCOMPARE(wmtest::readFile(a), QByteArray("precious"));
        // '..' is refused; an absolute path loses its leading '/'.
        r = wmtest::wm({QStringLiteral("archive"), QStringLiteral("create"),
                        QStringLiteral("--force"), a, QStringLiteral("../x"),
                        work + QStringLiteral("/in/x.txt"), QStringLiteral("-C"),
                        work + QStringLiteral("/in")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains("'..'") && r.err.contains("leading '/'"), r.err.constData());
        const QStringList listed =
            lines(tar({QStringLiteral("-I"), QStringLiteral("lz4"), QStringLiteral("-tf"), a}).out);
        QCOMPARE(listed, (QStringList{QStringLiteral(".whitemagic-archive-manifest.json"),
                                      (work + QStringLiteral("/in/x.txt")).mid(1)}));
        // --no-manifest; and a file that would clash with the manifest.
        r = wmtest::wm({QStringLiteral("archive"), QStringLiteral("create"),
                        QStringLiteral("--force"), QStringLiteral("--no-manifest"), a,
                        QStringLiteral("in"), QStringLiteral("-C"), work});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(!tar({QStringLiteral("-I"), QStringLiteral("lz4"), QStringLiteral("-tf"), a})
                     .out.contains(".whitemagic-archive-manifest.json"));
        QVERIFY(
            wmtest::writeFile(work, QStringLiteral("in/.whitemagic-archive-manifest.json"), "{}"));
        r = wmtest::wm({QStringLiteral("archive"), QStringLiteral("create"),
                        QStringLiteral("--force"), a, QStringLiteral("."), QStringLiteral("-C"),
                        work + QStringLiteral("/in")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains("manifest"), r.err.constData());
        // Usage errors.
        QCOMPARE(wmtest::wm({QStringLiteral("archive"), QStringLiteral("create"), a}).exitCode, 2);
        QCOMPARE(wmtest::wm({QStringLiteral("archive"), QStringLiteral("frobnicate")}).exitCode, 2);
        QCOMPARE(wmtest::wm({QStringLiteral("archive")}).exitCode, 2);
        QCOMPARE(
            wmtest::wm({QStringLiteral("archive"), QStringLiteral("create"),
                        QStringLiteral("--level"), QStringLiteral("99"), a, QStringLiteral("in")})
                .exitCode,
            2);
        QVERIFY(cts::leftovers(work).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestArchiveCreate)
#include "tst_archivecreate.moc"
