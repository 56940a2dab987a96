// SPDX-FileCopyrightText: 2026 WhiteMagic contributors
// SPDX-License-Identifier: MIT
//
// wm compress / wm decompress end to end: names, safety (no overwrite, no
// partial output), parallel files, standard streams, exit codes; the lz4
// tool is the reference for every produced or consumed file.
#include "CompressTestSupport.h"
#include "ScratchFolder.h"
#include "SpawnProcess.h"

#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QTest>
#include <csignal>
#include <fcntl.h>
#include <sys/stat.h>
#include <sys/sysmacros.h>
#include <unistd.h>

class TestCompressCli : public QObject
{
    Q_OBJECT

private:
    ScratchFolder m_dir;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        if (!cts::hasLz4()) QSKIP("lz4 tool not installed");
    }

    void compressThenLz4Decompresses()
    {
        const QString d = m_dir.fresh(QStringLiteral("c1"));
        const QByteArray data = cts::textBytes(3 << 20, 20);
        QVERIFY(wmtest::writeFile(d, QStringLiteral("notes.txt"), data));
        const QString in = d + QStringLiteral("/notes.txt");
        QFile f(in);
        QVERIFY(f.setPermissions(QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup));
        QVERIFY(f.open(QIODevice::ReadWrite));
        const QDateTime when(QDate(2001, 2, 3), QTime(4, 5, 6), Qt::UTC);
        QVERIFY(f.setFileTime(when, QFileDevice::FileModificationTime));
        f.close();
        const auto r = wmtest::wm({QStringLiteral("compress"), in});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY(QFile::exists(in)); // the input is kept, as lz4 does
        const QString out = in + QStringLiteral(".lz4");
        const auto ref = cts::lz4ToolDecompressFile(out);
        QCOMPARE(ref.exitCode, 0);
        QVERIFY(ref.out == data);
        const QFileInfo oi(out);
        QCOMPARE(oi.permissions() & 0x0FFF, QFileInfo(in).permissions() & 0x0FFF);
        QCOMPARE(oi.lastModified().toUTC(), when);
    }

    void lz4OutputDecompresses()
    {
        const QString d = m_dir.fresh(QStringLiteral("c2"));
        const QByteArray data = cts::randomBytes(1 << 20, 21) + cts::textBytes(2 << 20, 22);
        QVERIFY(wmtest::writeFile(
            d, QStringLiteral("blob"),
            cts::lz4ToolCompress(data, {QStringLiteral("-BD"), QStringLiteral("-BX")})));
        QVERIFY(QFile::rename(d + QStringLiteral("/blob"), d + QStringLiteral("/blob.lz4")));
        const auto r = wmtest::wm({QStringLiteral("decompress"), d + QStringLiteral("/blob.lz4")});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY(wmtest::readFile(d + QStringLiteral("/blob")) == data);
        // A tlz4 name decompresses to .tar.
        QVERIFY(QFile::copy(d + QStringLiteral("/blob.lz4"), d + QStringLiteral("/t.tlz4")));
        QCOMPARE(wmtest::wm({QStringLiteral("decompress"), d + QStringLiteral("/t.tlz4")}).exitCode,
                 0);
        QVERIFY(wmtest::readFile(d + QStringLiteral("/t.tar")) == data);
    }

    // Writing into a pipe, wm asks for a larger pipe buffer (fewer
    // hand-offs with the reader: see io/PipeBuffer.h); what comes out of the
    // pipe is still exactly what the lz4 tool compressed. The kernel's
    // F_GETPIPE_SZ is the reference for the size.
    void decompressGrowsItsOutputPipe()
    {
        const QString d = m_dir.fresh(QStringLiteral("c3pipe"));
        const QByteArray data = cts::textBytes(40000, 24); // fits any pipe: no reader needed
        QVERIFY(wmtest::writeFile(d, QStringLiteral("p.lz4"), cts::lz4ToolCompress(data, {})));
        int fds[2];
        QCOMPARE(::pipe2(fds, O_CLOEXEC), 0);
        const int before = ::fcntl(fds[0], F_GETPIPE_SZ);
        wmtest::SpawnOptions o;
        o.stdoutTo = wmtest::SpawnOptions::Stdout::File;
        o.stdoutFile = QStringLiteral("/proc/self/fd/%1").arg(fds[1]); // opened in the child
        const auto r =
            wmtest::runWm({QStringLiteral("decompress"), QStringLiteral("-q"), QStringLiteral("-o"),
                           QStringLiteral("-"), d + QStringLiteral("/p.lz4")},
                          o);
        ::close(fds[1]);
        const int after = ::fcntl(fds[0], F_GETPIPE_SZ);
        const QByteArray out = cts::readToEnd(fds[0]);
        ::close(fds[0]);
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY(out == data);
        QCOMPARE(before, 65536);
        QVERIFY2(after >= (256 << 10), qPrintable(QString::number(after)));
    }

    // The heart of "loses nothing": a corrupt input fails, names the file
    // and the problem, and leaves neither output nor temporary file, even
    // with --force over an existing file.
    void corruptInputLeavesNothing_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QByteArray>("problem");
        const QByteArray good = cts::compress(cts::textBytes(5 << 20, 23));
        QByteArray flipped = good;
        flipped[good.size() / 2] = char(flipped[good.size() / 2] ^ 0x40);
        QTest::newRow("truncated") << good.left(good.size() - 100) << QByteArray("truncated");
        QTest::newRow("corrupt block") << flipped << QByteArray("corrupt");
        QTest::newRow("bad checksum")
            << good.left(good.size() - 1) + QByteArray(1, char(good.back() ^ 1))
            << QByteArray("checksum");
        QTest::newRow("not lz4") << QByteArray("plain text, not compressed")
                                 << QByteArray("not LZ4");
        QTest::newRow("empty") << QByteArray() << QByteArray("empty");
    }

    void corruptInputLeavesNothing()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QByteArray, problem);
        const QString d = m_dir.fresh(QStringLiteral("c4"));
        QVERIFY(wmtest::writeFile(d, QStringLiteral("bad.txt.lz4"), bytes));
        const QString in = d + QStringLiteral("/bad.txt.lz4");
        auto r = wmtest::wm({QStringLiteral("decompress"), in});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(in.toUtf8()) && r.err.contains(problem), r.err.constData());
        QVERIFY(!QFile::exists(d + QStringLiteral("/bad.txt")));
        QVERIFY(cts::leftovers(d).isEmpty());
        QVERIFY(wmtest::writeFile(d, QStringLiteral("bad.txt"), "keep me"));
        r = wmtest::wm({QStringLiteral("decompress"), QStringLiteral("--force"), in});
        QCOMPARE(r.exitCode, 1);
        QCOMPARE(wmtest::readFile(d + QStringLiteral("/bad.txt")), QByteArray("keep me"));
        QVERIFY(cts::leftovers(d).isEmpty());
        r = wmtest::wm({QStringLiteral("decompress"), QStringLiteral("--test"), in});
        QCOMPARE(r.exitCode, 1);
        // The reference agrees it is broken (an empty file excepted: lz4 accepts it).
        if (!bytes.isEmpty()) QVERIFY(cts::lz4Filter({QStringLiteral("-t")}, bytes).exitCode != 0);
    }

    void outputOptions()
    {
        const QString d = m_dir.fresh(QStringLiteral("c5"));
        const QByteArray data = cts::textBytes(100000, 24);
        QVERIFY(wmtest::writeFile(d, QStringLiteral("x"), data));
        const QString x = d + QStringLiteral("/x");
        // -o FILE
        QCOMPARE(wmtest::wm({QStringLiteral("compress"), x, QStringLiteral("-o"),
                             d + QStringLiteral("/named.lz4")})
                     .exitCode,
                 0);
        QCOMPARE(cts::lz4ToolDecompress(wmtest::readFile(d + QStringLiteral("/named.lz4"))), data);
        // -o - writes standard output.
        auto r =
            wmtest::wm({QStringLiteral("compress"), x, QStringLiteral("-o"), QStringLiteral("-")});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(cts::lz4ToolDecompress(r.out), data);
        // '-' reads standard input and writes standard output, both ways.
        r = wmtest::wm({QStringLiteral("compress"), QStringLiteral("-")}, {}, data);
        QCOMPARE(r.exitCode, 0);
        const QByteArray packed = r.out;
        QCOMPARE(cts::lz4ToolDecompress(packed), data);
        r = wmtest::wm({QStringLiteral("decompress"), QStringLiteral("-")}, {}, packed);
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.out, data);
        // lz4's own stream output (no content size) through stdin.
        r = wmtest::wm({QStringLiteral("decompress"), QStringLiteral("-"), QStringLiteral("-o"),
                        d + QStringLiteral("/fromstdin")},
                       {}, cts::lz4Filter({}, data).out);
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(wmtest::readFile(d + QStringLiteral("/fromstdin")), data);
        // A device is written to, not replaced (think -o /dev/null). A
        // private null device keeps the real one safe if this regresses.
        const QString dev = d + QStringLiteral("/null");
        if (::mknod(QFile::encodeName(dev).constData(), S_IFCHR | 0666, makedev(1, 3)) != 0)
            QSKIP("cannot create a device node here (needs root)");
        QCOMPARE(wmtest::wm({QStringLiteral("decompress"), d + QStringLiteral("/named.lz4"),
                             QStringLiteral("-o"), dev})
                     .exitCode,
                 0);
        struct stat st = {};
        QVERIFY(::lstat(QFile::encodeName(dev).constData(), &st) == 0 && S_ISCHR(st.st_mode));
        QVERIFY(cts::leftovers(d).isEmpty());
    }

    void severalFilesInParallel()
    {
        const QString d = m_dir.fresh(QStringLiteral("c6"));
        const QString out = m_dir.fresh(QStringLiteral("c6out"));
        QStringList files;
        const QList<QByteArray> contents = cts::writeMixedFiles(d, 24, files);
        QCOMPARE(files.size(), 24);
        auto r = wmtest::wm(QStringList{QStringLiteral("compress"), QStringLiteral("--threads"),
                                        QStringLiteral("2"), QStringLiteral("-o"), out} +
                            files);
        QVERIFY2(r.exitCode == 0, r.err.constData());
        for (int i = 0; i < files.size(); ++i) {
            const auto ref =
                cts::lz4ToolDecompressFile(out + QStringLiteral("/f%1.txt.lz4").arg(i));
            QCOMPARE(ref.exitCode, 0);
            QVERIFY(ref.out == contents[i]);
        }
        // Decompress them all back in parallel into another folder; one
        // missing input fails alone (exit 1) while the others complete.
        const QString back = m_dir.fresh(QStringLiteral("c6back"));
        QStringList packed;
        for (int i = 0; i < files.size(); ++i)
            packed << out + QStringLiteral("/f%1.txt.lz4").arg(i);
        packed.insert(5, out + QStringLiteral("/missing.lz4"));
        r = wmtest::wm(QStringList{QStringLiteral("decompress"), QStringLiteral("-o"), back} +
                       packed);
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains("missing.lz4"), r.err.constData());
        for (int i = 0; i < files.size(); ++i)
            QVERIFY(wmtest::readFile(back + QStringLiteral("/f%1.txt").arg(i)) == contents[i]);
    }

    void namingRules()
    {
        const QString d = m_dir.fresh(QStringLiteral("c7"));
        QVERIFY(wmtest::writeFile(d, QStringLiteral("plain.bin"), cts::compress("abc")));
        auto r = wmtest::wm({QStringLiteral("decompress"), d + QStringLiteral("/plain.bin")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains("cannot guess"), r.err.constData());
        QCOMPARE(wmtest::wm({QStringLiteral("decompress"), d + QStringLiteral("/plain.bin"),
                             QStringLiteral("-o"), d + QStringLiteral("/plain")})
                     .exitCode,
                 0);
        QCOMPARE(wmtest::readFile(d + QStringLiteral("/plain")), QByteArray("abc"));
        // Two inputs with the same name into one folder: the second is refused.
        const QString a = m_dir.fresh(QStringLiteral("c7/a")),
                      b = m_dir.fresh(QStringLiteral("c7/b")),
                      o = m_dir.fresh(QStringLiteral("c7/o"));
        QVERIFY(wmtest::writeFile(a, QStringLiteral("same"), "A"));
        QVERIFY(wmtest::writeFile(b, QStringLiteral("same"), "B"));
        r = wmtest::wm({QStringLiteral("compress"), a + QStringLiteral("/same"),
                        b + QStringLiteral("/same"), QStringLiteral("-o"), o});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains("already writes"), r.err.constData());
        QCOMPARE(cts::lz4ToolDecompress(wmtest::readFile(o + QStringLiteral("/same.lz4"))),
                 QByteArray("A"));
        // A name starting with ':' is no Qt resource path: into -o as well.
        QVERIFY(wmtest::writeFile(a, QStringLiteral(":c"), "C"));
        r = wmtest::wm({QStringLiteral("compress"), QStringLiteral(":c"), QStringLiteral("-o"), o},
                       a);
        QVERIFY(r.exitCode == 0 && !QFile::exists(a + QStringLiteral("/:c.lz4")));
        const QByteArray packed = wmtest::readFile(o + QStringLiteral("/:c.lz4"));
        QCOMPARE(cts::lz4ToolDecompress(packed), QByteArray("C"));
    }

    void usageErrors_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::newRow("no files") << QStringList{QStringLiteral("compress")};
        QTest::newRow("bad level")
            << QStringList{QStringLiteral("compress"), QStringLiteral("--level"),
                           QStringLiteral("13"), QStringLiteral("x")};
        QTest::newRow("level zero")
            << QStringList{QStringLiteral("compress"), QStringLiteral("--level"),
                           QStringLiteral("0"), QStringLiteral("x")};
        QTest::newRow("bad block size")
            << QStringList{QStringLiteral("compress"), QStringLiteral("-B"), QStringLiteral("2M"),
                           QStringLiteral("x")};
        QTest::newRow("level and fast") << QStringList{
            QStringLiteral("compress"), QStringLiteral("--level"), QStringLiteral("3"),
            QStringLiteral("--fast"),   QStringLiteral("2"),       QStringLiteral("x")};
        QTest::newRow("unknown option") << QStringList{
            QStringLiteral("decompress"), QStringLiteral("--bogus"), QStringLiteral("x")};
        QTest::newRow("-o file with two inputs")
            << QStringList{QStringLiteral("compress"), QStringLiteral("a"), QStringLiteral("b"),
                           QStringLiteral("-o"), QStringLiteral("notadir")};
        QTest::newRow("stdin among files")
            << QStringList{QStringLiteral("compress"), QStringLiteral("-"), QStringLiteral("b")};
        QTest::newRow("bad threads")
            << QStringList{QStringLiteral("compress"), QStringLiteral("--threads"),
                           QStringLiteral("0"), QStringLiteral("x")};
    }

    void usageErrors()
    {
        QFETCH(QStringList, args);
        const auto r = wmtest::wm(args, m_dir.root());
        QCOMPARE(r.exitCode, 2);
        QVERIFY(!r.err.isEmpty());
    }

    // Same library, same settings: the CLI's output is byte for byte the
    // lz4 tool's at the same level (the tool records the size on request).
    void levelsMatchLz4Tool()
    {
        const QString d = m_dir.fresh(QStringLiteral("c8"));
        const QByteArray data = cts::textBytes(6 << 20, 25);
        QVERIFY(wmtest::writeFile(d, QStringLiteral("t"), data));
        for (const QString &level : {QStringLiteral("1"), QStringLiteral("9")}) {
            QCOMPARE(wmtest::wm({QStringLiteral("compress"), QStringLiteral("-f"),
                                 QStringLiteral("--level"), level, d + QStringLiteral("/t")})
                         .exitCode,
                     0);
            const QByteArray theirs = cts::lz4ToolCompress(
                data, {QLatin1Char('-') + level, QStringLiteral("--content-size")});
            QVERIFY(wmtest::readFile(d + QStringLiteral("/t.lz4")) == theirs);
        }
        QCOMPARE(wmtest::wm({QStringLiteral("compress"), QStringLiteral("-f"),
                             QStringLiteral("--fast"), QStringLiteral("4"), QStringLiteral("-B"),
                             QStringLiteral("64K"), d + QStringLiteral("/t")})
                     .exitCode,
                 0);
        QVERIFY(wmtest::readFile(d + QStringLiteral("/t.lz4")) ==
                cts::lz4ToolCompress(data, {QStringLiteral("--fast=4"), QStringLiteral("-B4"),
                                            QStringLiteral("--content-size")}));
    }

    // Ctrl-C mid-way: the temporary file is removed, nothing is published.
    void interruptLeavesNothing()
    {
        const QString d = m_dir.fresh(QStringLiteral("c9"));
        const QString big = d + QStringLiteral("/big");
        QVERIFY(cts::writeSparseFile(big, qint64(64) << 30));
        QProcess p;
        p.start(QStringLiteral(WM_BINARY), {QStringLiteral("compress"), big});
        QVERIFY(p.waitForStarted());
        // The output is being written: an unnamed file (O_TMPFILE) open in d,
        // or, where there is none, a hidden temporary file.
        QTRY_VERIFY_WITH_TIMEOUT(cts::writesInto(p.processId(), d) || !cts::leftovers(d).isEmpty(),
                                 20000);
        ::kill(pid_t(p.processId()), SIGINT);
        QVERIFY(p.waitForFinished(60000));
        QCOMPARE(p.exitStatus(), QProcess::NormalExit);
        QCOMPARE(p.exitCode(), 1);
        QVERIFY(p.readAllStandardError().contains("cancelled"));
        QVERIFY(!QFile::exists(big + QStringLiteral(".lz4")));
        QVERIFY(cts::leftovers(d).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestCompressCli)
#include "tst_compresscli.moc"
