// SPDX-FileCopyrightText: 2026 WhiteMagic contributors
// SPDX-License-Identifier: MIT
//
// StatBatch (the stat-only pass of an index update): size and mtime of
// many files in batches, checked against GNU stat(1) — sizes, mtimes with
// nanoseconds, a link not followed, a missing name, a name below a file —
// over more files than one ring submission holds, from two threads at once.
#include "SpawnProcess.h"
#include "TestSupport.h"
#include "io/StatBatch.h"
#include "io/UniqueFd.h"

#include <QHash>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <cerrno>
#include <fcntl.h>
#include <sys/stat.h>
#include <thread>

namespace {

// Three ring submissions, the last one partial.
constexpr int fileCount = int(wm::StatBatch::batchSize) * 2 + 44;

QString nameOf(int i)
{
    return QStringLiteral("f%1.txt").arg(i);
}

// GNU stat's "size mtime-in-ms" for each name, or "error" when it fails.
// One stat(1) for all names (one process per name took seconds): it prints
// a line for each name it could stat, in order, and the rest to stderr.
QStringList referenceFor(const QString &dir, const QStringList &names)
{
    QStringList args{QStringLiteral("-c"), QStringLiteral("%n %s %.9Y")};
    for (const QString &n : names)
        args << dir + QLatin1Char('/') + n;
    const wmtest::ProcessResult r = wmtest::spawn(QStringLiteral("stat"), args);
    QHash<QString, QString> found;
    for (const QByteArray &line : r.out.split('\n')) {
        const QList<QByteArray> parts = line.split(' ');
        if (parts.size() != 3) continue; // the names have no spaces
        const QList<QByteArray> secs = parts[2].split('.');
        const qint64 ms = secs.value(0).toLongLong() * 1000 + secs.value(1).left(3).toLongLong();
        found.insert(QString::fromLocal8Bit(parts[0]),
                     QStringLiteral("%1 %2").arg(QString::fromLatin1(parts[1])).arg(ms));
    }
    QStringList out;
    for (const QString &n : names)
        out << found.value(dir + QLatin1Char('/') + n, QStringLiteral("error"));
    return out;
}

QStringList ours(int dirFd, const QStringList &names)
{
    std::vector<QByteArray> native;
    for (const QString &n : names)
        native.push_back(QFile::encodeName(n));
    std::vector<wm::StatBatch::Item> items(native.size());
    for (size_t i = 0; i < items.size(); ++i) {
        items[i].dirFd = dirFd;
        items[i].name = native[i].constData();
    }
    wm::StatBatch::forThisThread().run(items);
    QStringList out;
    for (const auto &item : items)
        out << (item.error != 0 ? QStringLiteral("error")
                                : QStringLiteral("%1 %2").arg(item.size).arg(item.mtimeMs));
    return out;
}

} // namespace

class TestStatBatch : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void againstGnuStat()
    {
        if (QStandardPaths::findExecutable(QStringLiteral("stat")).isEmpty())
            QFAIL("GNU stat (coreutils) is missing: it is the reference");
        QTemporaryDir tmp;
        const QString dir = tmp.path();
        QStringList names;
        for (int i = 0; i < fileCount; ++i) {
            QVERIFY(wmtest::writeFile(dir, nameOf(i), QByteArray(i * 7 % 1000, 'x')));
            // Nanosecond mtimes either side of a millisecond.
            // (64-bit products: the int ones overflow past file 644.)
            const timespec times[2] = {
                {0, UTIME_OMIT},
                {time_t(1600000000 + qint64(i) * 977), long(qint64(i) * 3331331 % 1000000000)}};
            const QByteArray path = QFile::encodeName(dir + QLatin1Char('/') + nameOf(i));
            QCOMPARE(::utimensat(AT_FDCWD, path.constData(), times, 0), 0);
            names << nameOf(i);
        }
        QVERIFY(QFile::link(dir + QStringLiteral("/f1.txt"), dir + QStringLiteral("/link")));
        names << QStringLiteral("link") << QStringLiteral("missing")
              << QStringLiteral("f2.txt/below") << QStringLiteral("f3.txt");
        const wm::UniqueFd fd(::open(QFile::encodeName(dir).constData(), O_RDONLY | O_DIRECTORY));
        QVERIFY(fd.valid());
        const QStringList ref = referenceFor(dir, names);
        QCOMPARE(ref.size(), names.size());
        qInfo("stat batches through io_uring: %s",
              wm::StatBatch::forThisThread().batched() ? "yes" : "no (fstatat)");
        QCOMPARE(ours(fd.get(), names), ref);

        // The fallback, one fstatat per file, on a thread whose batch was
        // made with WM_NO_IO_URING set.
        qputenv("WM_NO_IO_URING", "1");
        QStringList plain;
        bool plainBatched = true;
        std::thread([&] {
            plainBatched = wm::StatBatch::forThisThread().batched();
            plain = ours(fd.get(), names);
        }).join();
        qunsetenv("WM_NO_IO_URING");
        QVERIFY(!plainBatched);
        QCOMPARE(plain, ref);

        // Two threads at once, each with its own batch (and ring). Plain
        // threads, not QtConcurrent: TSan cannot see QtConcurrent's own
        // hand-offs (Qt is not built with it) and reports them as races.
        QStringList halves[2];
        {
            std::thread second([&] { halves[1] = ours(fd.get(), names.mid(150, 150)); });
            halves[0] = ours(fd.get(), names.mid(0, 150));
            second.join();
        }
        QCOMPARE(halves[0] + halves[1], ref.mid(0, 300));
    }

    // The errno values an update tells apart: gone (ENOENT, ENOTDIR).
    void errorsByName()
    {
        QTemporaryDir tmp;
        QVERIFY(wmtest::writeFile(tmp.path(), QStringLiteral("file"), "x"));
        const wm::UniqueFd fd(
            ::open(QFile::encodeName(tmp.path()).constData(), O_RDONLY | O_DIRECTORY));
        std::vector<wm::StatBatch::Item> items(3);
        items[0] = {fd.get(), "missing"};
        items[1] = {fd.get(), "file/below"};
        items[2] = {fd.get(), "file"};
        wm::StatBatch::forThisThread().run(items);
        QCOMPARE(items[0].error, ENOENT);
        QCOMPARE(items[1].error, ENOTDIR);
        QCOMPARE(items[2].error, 0);
        QCOMPARE(items[2].size, qint64(1));
    }
};

QTEST_GUILESS_MAIN(TestStatBatch)
#include "tst_statbatch.moc"
