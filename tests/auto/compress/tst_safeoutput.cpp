// SPDX-FileCopyrightText: 2026 WhiteMagic contributors
// SPDX-License-Identifier: MIT
//
// SafeOutputFile, the output of every command that writes a file: whole or
// not at all, an existing file that is not ours never replaced, nothing
// left behind. Writing goes to an unnamed file (O_TMPFILE) linked into
// place at commit, or, where the file system has none, to a hidden
// temporary file renamed into place; both are checked against what the
// folder holds at each step (the file system is the reference). The last
// cases see the same rules through `wm compress` and `wm decompress`, with
// the lz4 tool as the reference for what they wrote.
#include "CompressTestSupport.h"
#include "ScratchFolder.h"
#include "SpawnProcess.h"
#include "io/SafeOutputFile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QScopeGuard>
#include <QTemporaryDir>
#include <QTest>
#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace {

QStringList entries(const QString &dir)
{
    return QDir(dir).entryList(
        QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot, QDir::Name);
}

QByteArray contentOf(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray("<unreadable>");
}

// Before commit the folder shows nothing new, or (no O_TMPFILE) one hidden
// temporary file of ours.
bool onlyOursBesides(const QString &dir, const QStringList &before)
{
    QStringList now = entries(dir);
    for (const QString &b : before)
        now.removeOne(b);
    return now.isEmpty() || (now.size() == 1 && now.first().startsWith(QLatin1Char('.')) &&
                             now.first().endsWith(QLatin1String(".tmp")));
}

} // namespace

class TestSafeOutput : public QObject
{
    Q_OBJECT

private:
    ScratchFolder m_dir; // for the command-line cases

private Q_SLOTS:
    void wholeOrNothing()
    {
        QTemporaryDir tmp;
        const QString target = tmp.filePath(QStringLiteral("out.bin"));
        QByteArray data(300000, 'x');
        for (int i = 0; i < data.size(); ++i)
            data[i] = char(i * 7 % 251);
        wm::SafeOutputFile f;
        QVERIFY(f.open(target, {}));
        QVERIFY(f.write(data.constData(), 1000));
        QVERIFY(f.write(data.constData() + 1000, data.size() - 1000));
        QVERIFY(!QFile::exists(target)); // not before commit
        QVERIFY(onlyOursBesides(tmp.path(), {}));
        f.setPermissions(0640);
        QVERIFY2(f.commit(), qPrintable(f.errorString()));
        QCOMPARE(entries(tmp.path()), QStringList{QStringLiteral("out.bin")});
        QCOMPARE(contentOf(target), data);
        struct stat st
        {
        };
        QCOMPARE(::stat(QFile::encodeName(target).constData(), &st), 0);
        QCOMPARE(st.st_mode & 0777, mode_t(0640));
        QCOMPARE(st.st_nlink, nlink_t(1)); // one name: no temporary one left linked
    }

    void discardLeavesNothing()
    {
        QTemporaryDir tmp;
        {
            wm::SafeOutputFile f;
            QVERIFY(f.open(tmp.filePath(QStringLiteral("a")), {}));
            QVERIFY(f.write("abc", 3));
        }
        wm::SafeOutputFile g;
        QVERIFY(g.open(tmp.filePath(QStringLiteral("b")), {}));
        QVERIFY(g.write("abc", 3));
        g.discard();
        QVERIFY(entries(tmp.path()).isEmpty());
    }

    // A file that appears under the target's name while we write is not
    // ours: without overwrite it is kept, and commit fails.
    void appearingFileIsKept()
    {
        QTemporaryDir tmp;
        const QString target = tmp.filePath(QStringLiteral("out"));
        wm::SafeOutputFile f;
        QVERIFY(f.open(target, {}));
        QVERIFY(f.write("ours", 4));
        {
            QFile other(target);
            QVERIFY(other.open(QIODevice::WriteOnly));
            QCOMPARE(other.write("theirs"), qint64(6));
        }
        QVERIFY(!f.commit());
        QVERIFY2(f.errorString().contains(QLatin1String("already exists")),
                 qPrintable(f.errorString()));
        QCOMPARE(contentOf(target), QByteArray("theirs"));
        QCOMPARE(entries(tmp.path()), QStringList{QStringLiteral("out")});
    }

    // Options::folder: the file named within an open folder (a descriptor
    // many outputs share) keeps every rule: a first write, an existing file
    // kept without overwrite, replaced whole with it, nothing left over.
    void namedWithinAnOpenFolder()
    {
        QTemporaryDir tmp;
        const QString target = tmp.filePath(QStringLiteral("out"));
        const int folder =
            ::open(QFile::encodeName(tmp.path()).constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
        QVERIFY(folder >= 0);
        wm::SafeOutputFile::Options o;
        o.folder = folder;
        o.sync = true;
        wm::SafeOutputFile f;
        QVERIFY(f.open(target, o));
        QVERIFY(f.write("one", 3));
        QVERIFY(onlyOursBesides(tmp.path(), {}));
        QVERIFY2(f.commit(), qPrintable(f.errorString()));
        QCOMPARE(contentOf(target), QByteArray("one"));
        QVERIFY(!f.open(target, o));
        QVERIFY2(f.errorString().contains(QLatin1String("already exists")),
                 qPrintable(f.errorString()));
        o.overwrite = true;
        QVERIFY(f.open(target, o));
        QVERIFY(f.write("two", 3));
        QVERIFY2(f.commit(), qPrintable(f.errorString()));
        QCOMPARE(contentOf(target), QByteArray("two"));
        QCOMPARE(entries(tmp.path()), QStringList{QStringLiteral("out")});
        ::close(folder);
    }

    // With `sync` the folder is synced after publishing; when that fails the
    // commit fails with the system's message, and the file stays in place,
    // whole (it may already have replaced an earlier one: removing it would
    // lose both). A folder descriptor opened with O_PATH serves every *at
    // call of a commit but not fsync(2), which fails (EBADF): the kernel's
    // own failure, through the class's Options::folder.
    void failedFolderSyncIsReported()
    {
        QTemporaryDir tmp;
        QVERIFY(wmtest::writeFile(tmp.path(), QStringLiteral("out"), "earlier output"));
        const int folder =
            ::open(QFile::encodeName(tmp.path()).constData(), O_PATH | O_DIRECTORY | O_CLOEXEC);
        QVERIFY(folder >= 0);
        const auto closeFolder = qScopeGuard([folder] { ::close(folder); });
        QVERIFY2(::fsync(folder) != 0 && errno == EBADF, "fsync of an O_PATH descriptor worked");
        const QString expected = QString::fromLocal8Bit(std::strerror(EBADF));
        wm::SafeOutputFile::Options o;
        o.folder = folder;
        o.sync = true;
        for (const QString &name : {QStringLiteral("new"), QStringLiteral("out")}) {
            o.overwrite = name == QLatin1String("out");
            wm::SafeOutputFile f;
            QVERIFY2(f.open(tmp.filePath(name), o), qPrintable(f.errorString()));
            QVERIFY(f.write("new content", 11));
            QVERIFY(!f.commit());
            QVERIFY2(f.errorString().contains(QLatin1String("cannot sync the folder of")) &&
                         f.errorString().endsWith(expected),
                     qPrintable(f.errorString()));
            QCOMPARE(contentOf(tmp.filePath(name)), QByteArray("new content"));
        }
        QCOMPARE(entries(tmp.path()), (QStringList{QStringLiteral("new"), QStringLiteral("out")}));
        o.sync = false; // the same descriptor is fine without it
        wm::SafeOutputFile f;
        QVERIFY(f.open(tmp.filePath(QStringLiteral("unsynced")), o));
        QVERIFY2(f.commit(), qPrintable(f.errorString()));
    }

    // The same through `wm compress` (sync by default) into a folder one
    // may write in but not read (mode 0333), which cannot be opened to be
    // synced: exit 1 with the system's message, the output whole in place,
    // nothing else left; --no-sync succeeds. Root opens any folder, so wm
    // runs as 'nobody' then (setpriv).
    void unopenableFolderFailsTheCommand()
    {
        WM_REQUIRE_TOOL("lz4");
        QString program = QStringLiteral(WM_BINARY);
        QStringList prefix;
        if (::geteuid() == 0) {
            WM_REQUIRE_TOOL("setpriv");
            prefix = {QStringLiteral("--reuid=65534"), QStringLiteral("--regid=65534"),
                      QStringLiteral("--clear-groups"), QStringLiteral("--"), program};
            program = QStringLiteral("setpriv");
        }
        QTemporaryDir base(QStringLiteral("/tmp/wm-syncfolder-XXXXXX"));
        QVERIFY(::chmod(QFile::encodeName(base.path()).constData(), 0755) == 0);
        const QByteArray data = cts::textBytes(50000, 31);
        QVERIFY(wmtest::writeFile(base.path(), QStringLiteral("in/a"), data));
        const QString out = base.filePath(QStringLiteral("out"));
        QVERIFY(QDir().mkdir(out));
        const QByteArray outNative = QFile::encodeName(out);
        QVERIFY(::chmod(outNative.constData(), 0333) == 0);
        const auto restore = qScopeGuard([&] { ::chmod(outNative.constData(), 0755); });
        const QString packed = out + QStringLiteral("/a.lz4");
        const QString input = base.filePath(QStringLiteral("in/a"));
        // -o naming the file, and naming the folder (which wm then cannot open either).
        for (const QString &target : {packed, out}) {
            const auto r =
                wmtest::run(program, prefix + QStringList{QStringLiteral("compress"),
                                                          QStringLiteral("-o"), target, input});
            QCOMPARE(r.exitCode, 1);
            QVERIFY2(r.err.contains("cannot open the folder of") &&
                         r.err.contains(std::strerror(EACCES)),
                     r.err.constData());
            QVERIFY(::chmod(outNative.constData(), 0755) == 0); // to list it as any user
            QCOMPARE(cts::lz4ToolDecompress(wmtest::readFile(packed)), data);
            QCOMPARE(entries(out), QStringList{QStringLiteral("a.lz4")});
            QVERIFY(QFile::remove(packed));
            QVERIFY(::chmod(outNative.constData(), 0333) == 0);
        }
        const auto r = wmtest::run(program, prefix + QStringList{QStringLiteral("compress"),
                                                                 QStringLiteral("--no-sync"),
                                                                 QStringLiteral("-o"), out, input});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QCOMPARE(cts::lz4ToolDecompress(wmtest::readFile(packed)), data);
    }

    // With overwrite, an existing file is replaced whole, also one that
    // appeared while we wrote.
    void overwriteReplaces()
    {
        QTemporaryDir tmp;
        const QString target = tmp.filePath(QStringLiteral("out"));
        for (const bool appearsLater : {false, true}) {
            QFile::remove(target);
            if (!appearsLater) {
                QFile old(target);
                QVERIFY(old.open(QIODevice::WriteOnly));
                old.write("old content, longer than the new");
            }
            wm::SafeOutputFile f;
            QVERIFY(f.open(target, {true, false, false}));
            QVERIFY(f.write("new", 3));
            if (appearsLater) {
                QFile old(target);
                QVERIFY(old.open(QIODevice::WriteOnly));
                old.write("appeared meanwhile");
            }
            QVERIFY2(f.commit(), qPrintable(f.errorString()));
            QCOMPARE(contentOf(target), QByteArray("new"));
            QCOMPARE(entries(tmp.path()), QStringList{QStringLiteral("out")});
        }
    }

    void refusesToOverwriteWithoutForce()
    {
        QVERIFY(m_dir.isValid());
        if (!cts::hasLz4()) QSKIP("lz4 tool not installed");
        const QString d = m_dir.fresh(QStringLiteral("c3"));
        QVERIFY(wmtest::writeFile(d, QStringLiteral("a"), "new content"));
        QVERIFY(wmtest::writeFile(d, QStringLiteral("a.lz4"), "precious"));
        auto r = wmtest::wm({QStringLiteral("compress"), d + QStringLiteral("/a")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains("already exists") && r.err.contains("--force"), r.err.constData());
        QCOMPARE(wmtest::readFile(d + QStringLiteral("/a.lz4")), QByteArray("precious"));
        r = wmtest::wm(
            {QStringLiteral("compress"), QStringLiteral("--force"), d + QStringLiteral("/a")});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(cts::lz4ToolDecompress(wmtest::readFile(d + QStringLiteral("/a.lz4"))),
                 QByteArray("new content"));
        // Decompression too.
        QVERIFY(wmtest::writeFile(d, QStringLiteral("a"), "precious"));
        r = wmtest::wm({QStringLiteral("decompress"), d + QStringLiteral("/a.lz4")});
        QCOMPARE(r.exitCode, 1);
        QCOMPARE(wmtest::readFile(d + QStringLiteral("/a")), QByteArray("precious"));
        QVERIFY(cts::leftovers(d).isEmpty());
    }

    // Even --force never replaces the input with its own output, named
    // directly or through a symbolic link (the check runs only when the
    // output exists, inside SafeOutputFile).
    void refusesToWriteOntoItsInput()
    {
        if (!cts::hasLz4()) QSKIP("lz4 tool not installed");
        const QString d = m_dir.fresh(QStringLiteral("c3self"));
        const QByteArray data = cts::textBytes(100000, 23);
        QVERIFY(wmtest::writeFile(d, QStringLiteral("a"), data));
        const QString a = d + QStringLiteral("/a");
        const QString link = d + QStringLiteral("/link");
        QVERIFY(QFile::link(a, link));
        for (const QString &out : {a, link}) {
            const auto r = wmtest::wm({QStringLiteral("compress"), QStringLiteral("--force"),
                                       QStringLiteral("-o"), out, a});
            QCOMPARE(r.exitCode, 1);
            QVERIFY2(r.err.contains("is the input itself"), r.err.constData());
            QVERIFY(wmtest::readFile(a) == data);
        }
        QVERIFY(QFileInfo(link).isSymLink());
        QVERIFY(wmtest::writeFile(d, QStringLiteral("b.lz4"), cts::lz4ToolCompress(data, {})));
        const QString b = d + QStringLiteral("/b.lz4");
        const auto r = wmtest::wm(
            {QStringLiteral("decompress"), QStringLiteral("--force"), QStringLiteral("-o"), b, b});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains("is the input itself"), r.err.constData());
        QCOMPARE(cts::lz4ToolDecompress(wmtest::readFile(b)), data);
        QVERIFY(cts::leftovers(d).isEmpty());
    }

    // Many files into one -o folder are written through one descriptor of
    // it; the names already there get the same checks as ever: the input
    // itself (through a link) is never written, a file is kept without
    // --force, a folder is never replaced.
    void takenNamesInTheOutputFolder()
    {
        if (!cts::hasLz4()) QSKIP("lz4 tool not installed");
        const QString d = m_dir.fresh(QStringLiteral("c6taken"));
        const QString out = m_dir.fresh(QStringLiteral("c6taken/out"));
        QStringList inputs;
        for (const QString &n :
             {QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c"), QStringLiteral("d")}) {
            QVERIFY(wmtest::writeFile(d, n, n.toUtf8().repeated(1000)));
            inputs << d + QLatin1Char('/') + n;
        }
        QVERIFY(QFile::link(inputs[0], out + QStringLiteral("/a.lz4")));
        QVERIFY(wmtest::writeFile(out, QStringLiteral("b.lz4"), "precious"));
        QVERIFY(QDir(out).mkdir(QStringLiteral("c.lz4")));
        const auto unpacked = [](const QString &path) {
            return cts::lz4Filter({QStringLiteral("-d")}, wmtest::readFile(path)).out;
        };
        for (const bool force : {false, true}) {
            QStringList args{QStringLiteral("compress"), QStringLiteral("--threads"),
                             QStringLiteral("2"), QStringLiteral("-o"), out};
            if (force) args << QStringLiteral("--force");
            const auto r = wmtest::wm(args + inputs);
            QCOMPARE(r.exitCode, 1);
            QVERIFY2(r.err.contains("a.lz4 is the input itself"), r.err.constData());
            QVERIFY2(r.err.contains("c.lz4 is a directory"), r.err.constData());
            QCOMPARE(r.err.contains("b.lz4 already exists"), !force);
            QCOMPARE(wmtest::readFile(inputs[0]), QByteArray("a").repeated(1000));
            QVERIFY(QFileInfo(out + QStringLiteral("/a.lz4")).isSymLink());
            QCOMPARE(unpacked(out + QStringLiteral("/d.lz4")), QByteArray("d").repeated(1000));
            if (force)
                QCOMPARE(unpacked(out + QStringLiteral("/b.lz4")), QByteArray("b").repeated(1000));
            else
                QCOMPARE(wmtest::readFile(out + QStringLiteral("/b.lz4")), QByteArray("precious"));
            QVERIFY(QFileInfo(out + QStringLiteral("/c.lz4")).isDir());
            QVERIFY(QFile::remove(out + QStringLiteral("/d.lz4")));
        }
        QVERIFY(cts::leftovers(out).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestSafeOutput)
#include "tst_safeoutput.moc"
