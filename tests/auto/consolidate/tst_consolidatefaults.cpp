// SPDX-FileCopyrightText: 2026 WhiteMagic contributors
// SPDX-License-Identifier: MIT
//
// Consolidation on a store that cannot be written: a read-only file system
// (a tmpfs remounted read-only; chmod when not root) gives a clear error and
// changes nothing; a full disk (a small tmpfs filled to several levels)
// fails with the system's message at whatever step runs out of space, loses
// nothing (originals in the store or the archive, read with tar and lz4),
// and recovery plus restore bring the store back (diff -r). Malformed notes
// are reported with their reason and left as they are. Mounting needs root
// (CAP_SYS_ADMIN): without it those cases are skipped, saying why.
#include "StoreFixture.h"

#include <QCryptographicHash>
#include <QDirIterator>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QTemporaryDir>
#include <unistd.h>

class TstConsolidateFaults : public QObject
{
    Q_OBJECT

    QTemporaryDir m_tmp;
    QString m_orig;
    QStringList m_mounts;

    // A tmpfs at `dir`; empty, or why it could not be mounted.
    QString mountTmpfs(const QString &dir, const QString &size)
    {
        QDir().mkpath(dir);
        const auto r =
            wmtest::run(QStringLiteral("mount"),
                        {QStringLiteral("-t"), QStringLiteral("tmpfs"), QStringLiteral("-o"),
                         QStringLiteral("size=") + size, QStringLiteral("tmpfs"), dir});
        if (r.exitCode != 0) return QString::fromLocal8Bit(r.err).trimmed();
        m_mounts << dir;
        return {};
    }

    static QSet<QByteArray> hashes(const QString &root)
    {
        QSet<QByteArray> out;
        QDirIterator it(root, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString path = it.next();
            if (!path.contains(QLatin1String("/.wm-consolidate/")))
                out.insert(
                    QCryptographicHash::hash(wmtest::readFile(path), QCryptographicHash::Sha256));
        }
        return out;
    }

    bool nothingLost(const QString &store, const QString &scratch)
    {
        QSet<QByteArray> found = hashes(store);
        const QDir archives(store + QStringLiteral("/archive"));
        for (const QString &a : archives.entryList({QStringLiteral("*.tar.lz4")}, QDir::Files)) {
            QDir(scratch).removeRecursively();
            QDir().mkpath(scratch);
            if (wmtest::run(QStringLiteral("tar"),
                            {QStringLiteral("-I"), QStringLiteral("lz4"), QStringLiteral("-xf"),
                             archives.filePath(a), QStringLiteral("-C"), scratch})
                    .exitCode != 0)
                return false;
            found.unite(hashes(scratch));
        }
        return (hashes(m_orig) - found).isEmpty();
    }

    static QStringList applyArgs(const QString &store)
    {
        return {QStringLiteral("consolidate"), store,
                QStringLiteral("--apply"),     QStringLiteral("-q"),
                QStringLiteral("--now"),       wmtest::kNow};
    }

private Q_SLOTS:
    void initTestCase()
    {
        WM_REQUIRE_TOOL("python3");
        WM_REQUIRE_TOOL("tar");
        WM_REQUIRE_TOOL("lz4");
        WM_REQUIRE_TOOL("diff");
        m_orig = m_tmp.filePath(QStringLiteral("orig"));
        QVERIFY(wmtest::generateStore(m_orig, 40, 21, 0.15));
    }

    void cleanupTestCase()
    {
        for (const QString &m : m_mounts)
            wmtest::run(QStringLiteral("umount"), {QStringLiteral("-l"), m});
    }

    void malformedReportedAndUntouched()
    {
        const QString store = m_tmp.filePath(QStringLiteral("malformed"));
        QVERIFY(wmtest::copyTree(m_orig, store));
        const auto r = wmtest::wm({QStringLiteral("consolidate"), store, QStringLiteral("--apply"),
                                   QStringLiteral("--json"), QStringLiteral("-q"),
                                   QStringLiteral("--now"), wmtest::kNow});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QJsonArray malformed =
            QJsonDocument::fromJson(r.out).object().value(QStringLiteral("malformed")).toArray();
        QVERIFY(malformed.size() >= 3);
        for (const QJsonValue &m : malformed) {
            const QString path = m.toObject().value(QStringLiteral("path")).toString();
            QVERIFY(!m.toObject().value(QStringLiteral("reason")).toString().isEmpty());
            QCOMPARE(wmtest::readFile(store + QLatin1Char('/') + path),
                     wmtest::readFile(m_orig + QLatin1Char('/') + path));
        }
    }

    void readOnlyStore()
    {
        const QString dir = m_tmp.filePath(QStringLiteral("ro"));
        const QString store = dir + QStringLiteral("/store");
        const bool root = ::geteuid() == 0;
        if (root) {
            // Root writes through permission bits: only a read-only mount stops it.
            if (const QString why = mountTmpfs(dir, QStringLiteral("8m")); !why.isEmpty())
                QSKIP(qPrintable(
                    QStringLiteral("cannot mount a tmpfs (%1): the read-only store needs a "
                                   "read-only mount when running as root")
                        .arg(why)));
            QVERIFY(wmtest::copyTree(m_orig, store));
            QCOMPARE(wmtest::run(QStringLiteral("mount"),
                                 {QStringLiteral("-o"), QStringLiteral("remount,ro"), dir})
                         .exitCode,
                     0);
        } else {
            QVERIFY(wmtest::copyTree(m_orig, store));
            QCOMPARE(wmtest::run(QStringLiteral("chmod"),
                                 {QStringLiteral("-R"), QStringLiteral("a-w"), store})
                         .exitCode,
                     0);
        }
        const QByteArray state = wmtest::treeState(store);
        QCOMPARE(wmtest::wm(
                     {QStringLiteral("consolidate"), store, QStringLiteral("--now"), wmtest::kNow})
                     .exitCode,
                 0);
        const auto r = wmtest::wm(applyArgs(store));
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(root ? "Read-only file system" : "Permission denied"),
                 r.err.constData());
        QCOMPARE(wmtest::treeState(store), state);
        const auto recover =
            wmtest::wm({QStringLiteral("consolidate"), store, QStringLiteral("--recover")});
        QCOMPARE(recover.exitCode, 0);
        QCOMPARE(recover.out, QByteArray("No interrupted run.\n"));
        if (!root)
            wmtest::run(QStringLiteral("chmod"),
                        {QStringLiteral("-R"), QStringLiteral("u+w"), store});
    }

    void fullDisk()
    {
        if (::geteuid() != 0)
            QSKIP("a full disk is a small tmpfs, and mounting one needs root (CAP_SYS_ADMIN)");
        const QString dir = m_tmp.filePath(QStringLiteral("full"));
        if (const QString why = mountTmpfs(dir, QStringLiteral("1m")); !why.isEmpty())
            QSKIP(qPrintable(QStringLiteral("cannot mount a tmpfs: %1").arg(why)));
        const QString store = dir + QStringLiteral("/store");
        const QString filler = dir + QStringLiteral("/filler");
        int failures = 0;
        int successes = 0;
        for (const int slack : {0, 32, 40, 48, 56, 64, 72, 96}) {
            wmtest::run(QStringLiteral("rm"), {QStringLiteral("-rf"), store, filler});
            QVERIFY(wmtest::copyTree(m_orig, store));
            // Fill the disk, then give back `slack` KiB.
            wmtest::run(QStringLiteral("dd"),
                        {QStringLiteral("if=/dev/zero"), QStringLiteral("of=") + filler,
                         QStringLiteral("bs=4k")});
            QCOMPARE(wmtest::run(QStringLiteral("truncate"),
                                 {QStringLiteral("-s"), QStringLiteral("-%1k").arg(slack), filler})
                         .exitCode,
                     0);
            const auto r = wmtest::wm(applyArgs(store));
            QVERIFY2(r.exitCode == 0 || r.exitCode == 1, r.err.constData());
            if (r.exitCode == 1) {
                ++failures;
                QVERIFY2(r.err.contains("No space left on device"), r.err.constData());
                qInfo("%d KiB free: %s", slack, r.err.trimmed().constData());
            } else {
                ++successes;
            }
            QVERIFY(nothingLost(store, m_tmp.filePath(QStringLiteral("scratch"))));
            QVERIFY(QFile::remove(filler));
            const auto recover =
                wmtest::wm({QStringLiteral("consolidate"), store, QStringLiteral("--recover")});
            QVERIFY2(recover.exitCode == 0, recover.err.constData());
            if (QDir(store + QStringLiteral("/.wm-consolidate")).exists()) {
                const auto restore =
                    wmtest::wm({QStringLiteral("restore"), store, QStringLiteral("-q")});
                QVERIFY2(restore.exitCode == 0, restore.err.constData());
            }
            QCOMPARE(wmtest::treeDiff(store, m_orig), QByteArray());
        }
        qInfo("full disk: %d runs failed with ENOSPC, %d had room enough", failures, successes);
        QVERIFY(failures > 0);
        QVERIFY(successes > 0);
    }
};

QTEST_GUILESS_MAIN(TstConsolidateFaults)
#include "tst_consolidatefaults.moc"
