// SPDX-FileCopyrightText: 2026 WhiteMagic contributors
// SPDX-License-Identifier: MIT
//
// Every `wm` command that prints checks its writes: standard output on
// /dev/full, on a full file system and closed, and `-o FILE` onto the same,
// exit 1 with the system's message, and `-o` leaves either the whole new
// FILE or the old one, never a part.
#include "SpawnProcess.h"

#include <QDir>
#include <QTemporaryDir>
#include <QtTest>
#include <cerrno>
#include <cstring>
#include <sched.h>
#include <sys/mount.h>
#include <sys/stat.h>
#include <unistd.h>

namespace {

using Stdout = wmtest::SpawnOptions::Stdout;

bool isCharDevice(const char *path)
{
    struct stat st = {};
    return ::stat(path, &st) == 0 && S_ISCHR(st.st_mode);
}

} // namespace

class TestWriteErrors : public QObject
{
    Q_OBJECT
    QTemporaryDir m_tmp;
    QString m_tree, m_db, m_archive, m_lz4;
    QString m_mount; // a full tmpfs, or empty (m_whyNoMount says why)
    QString m_whyNoMount;

    // Every printing command, with enough output to fill a pipe buffer or
    // two where the command can (a failed first write and a failed final
    // flush are both covered).
    void commands()
    {
        QTest::addColumn<QStringList>("args");
        const QString &t = m_tree;
        QTest::newRow("audit md") << QStringList{"audit", t};
        QTest::newRow("audit json") << QStringList{"audit", t, "--format", "json"};
        QTest::newRow("audit csv") << QStringList{"audit", t, "--format", "csv"};
        QTest::newRow("audit -o -") << QStringList{"audit", t, "-o", "-"};
        QTest::newRow("hexagram") << QStringList{"hexagram", "--number", "63"};
        QTest::newRow("hexagram json") << QStringList{"hexagram", "--lines", "987678", "--json"};
        QTest::newRow("hexagram DIR") << QStringList{"hexagram", t};
        QTest::newRow("index") << QStringList{"index", t, "--db", m_db};
        QTest::newRow("search") << QStringList{"search", t,         "common", "--db",
                                               m_db,     "--limit", "500"};
        QTest::newRow("search json")
            << QStringList{"search", t, "common", "--db", m_db, "--json", "--limit", "500"};
        QTest::newRow("archive list") << QStringList{"archive", "list", m_archive};
        QTest::newRow("archive list -l") << QStringList{"archive", "list", "-l", m_archive};
        QTest::newRow("archive verify") << QStringList{"archive", "verify", m_archive};
        QTest::newRow("archive create -")
            << QStringList{"archive", "create", "-", "-C", m_tmp.path(), "tree"};
        QTest::newRow("compress -o -") << QStringList{"compress", "-o", "-", m_archive};
        QTest::newRow("decompress -o -") << QStringList{"decompress", "-o", "-", m_lz4};
        QTest::newRow("help") << QStringList{"--help"};
        QTest::newRow("help audit") << QStringList{"help", "audit"};
        QTest::newRow("audit --help") << QStringList{"audit", "--help"};
        QTest::newRow("version") << QStringList{"--version"};
    }

    static void expectFailure(const wmtest::ProcessResult &r, const char *message)
    {
        QVERIFY(r.started);
        QVERIFY2(r.exitCode == 1, qPrintable(QStringLiteral("exit %1; stderr: %2")
                                                 .arg(r.exitCode)
                                                 .arg(QString::fromUtf8(r.err))));
        QVERIFY2(r.err.contains(message), r.err.constData());
        QVERIFY2(!r.err.contains("Unknown error"), r.err.constData());
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_tmp.isValid());
        QVERIFY(isCharDevice("/dev/full"));
        m_tree = m_tmp.filePath(QStringLiteral("tree"));
        m_db = m_tmp.filePath(QStringLiteral("index.db"));
        m_archive = m_tmp.filePath(QStringLiteral("tree.tar.lz4"));
        m_lz4 = m_tmp.filePath(QStringLiteral("big.txt.lz4"));
        // ~400 files: every report is well over the 64 KiB a pipe holds.
        for (int i = 0; i < 400; ++i)
            QVERIFY(wmtest::writeFile(m_tree, QStringLiteral("d%1/file_%2.txt").arg(i % 9).arg(i),
                                      "A common line of text number " + QByteArray::number(i) +
                                          " with some words in it.\n"));
        QByteArray big;
        for (int i = 0; i < 20000; ++i)
            big += "line " + QByteArray::number(i) + " of a text that compresses\n";
        QVERIFY(wmtest::writeFile(m_tmp.path(), QStringLiteral("big.txt"), big));
        for (const QStringList &setup :
             {QStringList{"index", m_tree, "--db", m_db, "-q"},
              QStringList{"archive", "create", m_archive, "-C", m_tmp.path(), "tree", "-q",
                          "--no-sync"},
              QStringList{"compress", m_tmp.filePath(QStringLiteral("big.txt")), "-q"}}) {
            const auto r = wmtest::runWm(setup);
            QVERIFY2(r.exitCode == 0, r.err.constData());
        }

        // A full tmpfs: root can mount one; anyone else gets a visible skip.
        if (::geteuid() != 0) {
            m_whyNoMount = QStringLiteral("not root: cannot mount a small tmpfs");
            return;
        }
        const QString mount = m_tmp.filePath(QStringLiteral("full"));
        QVERIFY(QDir().mkpath(mount));
        const QByteArray native = QFile::encodeName(mount);
        // A private mount namespace (children inherit it): the tmpfs vanishes
        // with this process even if it crashes, and the host never sees it.
        if (::unshare(CLONE_NEWNS) == 0)
            ::mount(nullptr, "/", nullptr, MS_REC | MS_PRIVATE, nullptr);
        if (::mount("tmpfs", native.constData(), "tmpfs", 0, "size=64k") != 0) {
            m_whyNoMount = QStringLiteral("cannot mount a tmpfs here: %1")
                               .arg(QString::fromLocal8Bit(std::strerror(errno)));
            return;
        }
        m_mount = mount;
        // An existing report that a failed -o must leave alone, then fill up.
        QVERIFY(wmtest::writeFile(m_mount, QStringLiteral("report.txt"), "the old report\n"));
        QFile filler(m_mount + QStringLiteral("/filler"));
        QVERIFY(filler.open(QIODevice::WriteOnly));
        const QByteArray block(4096, 'x');
        while (filler.write(block) == block.size() && filler.flush()) {
        }
        filler.close();
    }

    void cleanupTestCase()
    {
        if (!m_mount.isEmpty()) ::umount2(QFile::encodeName(m_mount).constData(), MNT_DETACH);
    }

    void stdoutIsDevFull_data() { commands(); }
    void stdoutIsDevFull()
    {
        QFETCH(QStringList, args);
        wmtest::SpawnOptions o;
        o.stdoutTo = Stdout::File;
        o.stdoutFile = QStringLiteral("/dev/full");
        expectFailure(wmtest::runWm(args, o), "No space left on device");
    }

    void stdoutIsClosed_data() { commands(); }
    void stdoutIsClosed()
    {
        QFETCH(QStringList, args);
        wmtest::SpawnOptions o;
        o.stdoutTo = Stdout::Closed;
        // Not written into whatever file the command opened first (the
        // index, the archive): that would be worse than failing.
        const QByteArray indexBefore = wmtest::readFile(m_db);
        const QByteArray archiveBefore = wmtest::readFile(m_archive);
        expectFailure(wmtest::runWm(args, o), "Bad file descriptor");
        QCOMPARE(wmtest::readFile(m_archive), archiveBefore);
        if (!args.contains(QStringLiteral("index")) && !args.contains(QStringLiteral("search")))
            QCOMPARE(wmtest::readFile(m_db), indexBefore);
    }

    void stdoutOnAFullFileSystem_data() { commands(); }
    void stdoutOnAFullFileSystem()
    {
        if (m_mount.isEmpty()) QSKIP(qPrintable(m_whyNoMount));
        QFETCH(QStringList, args);
        wmtest::SpawnOptions o;
        o.stdoutTo = Stdout::File;
        o.stdoutFile = m_mount + QStringLiteral("/stdout.txt");
        expectFailure(wmtest::runWm(args, o), "No space left on device");
        QFile::remove(o.stdoutFile);
    }

    // -o FILE: the commands that write a named output file.
    void outputFile_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::newRow("audit md") << QStringList{"audit", m_tree};
        QTest::newRow("audit json") << QStringList{"audit", m_tree, "--format", "json"};
        QTest::newRow("audit csv") << QStringList{"audit", m_tree, "--format", "csv"};
        QTest::newRow("compress") << QStringList{"compress", "-f", m_archive};
        QTest::newRow("decompress") << QStringList{"decompress", "-f", m_lz4};
    }
    void outputFile()
    {
        QFETCH(QStringList, args);
        // /dev/full is written, never replaced (as root, renaming a temporary
        // file over it would succeed).
        expectFailure(wmtest::runWm(args + QStringList{"-o", "/dev/full"}),
                      "No space left on device");
        QVERIFY2(isCharDevice("/dev/full"), "/dev/full was replaced by a file");

        if (m_mount.isEmpty()) QSKIP(qPrintable(m_whyNoMount));
        const QString target = m_mount + QStringLiteral("/report.txt");
        expectFailure(wmtest::runWm(args + QStringList{"-o", target}), "No space left on device");
        QCOMPARE(wmtest::readFile(target), QByteArray("the old report\n"));
        const QString fresh = m_mount + QStringLiteral("/fresh.txt");
        expectFailure(wmtest::runWm(args + QStringList{"-o", fresh}), "No space left on device");
        QVERIFY2(!QFileInfo::exists(fresh), "a partial output file was left behind");
        // No temporary file left either.
        QCOMPARE(QDir(m_mount).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot),
                 (QStringList{QStringLiteral("filler"), QStringLiteral("report.txt")}));
    }

    // With room to write, -o replaces an existing file whole and keeps its mode.
    void outputFileReplacesWhole()
    {
        const QString target = m_tmp.filePath(QStringLiteral("report.csv"));
        QVERIFY(wmtest::writeFile(m_tmp.path(), QStringLiteral("report.csv"), "old\n"));
        QVERIFY(QFile::setPermissions(target, QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                                  QFileDevice::ReadGroup));
        const auto r = wmtest::runWm({"audit", m_tree, "--format", "csv", "-o", target});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.isEmpty());
        const auto direct = wmtest::runWm({"audit", m_tree, "--format", "csv"});
        QCOMPARE(wmtest::readFile(target), direct.out);
        QCOMPARE(QFileInfo(target).permissions() & 0x0777,
                 QFileDevice::Permissions(QFileDevice::ReadUser | QFileDevice::WriteUser |
                                          QFileDevice::ReadGroup));
    }
};

QTEST_GUILESS_MAIN(TestWriteErrors)
#include "tst_writeerrors.moc"
