// SPDX-FileCopyrightText: 2026 WhiteMagic contributors
// SPDX-License-Identifier: MIT
//
// A multi-GB (sparse) file round-trips through `wm compress` and
// `wm decompress` with small, size-independent memory: each run's peak RSS
// is measured by wait4(2) in this parent process. `lz4 -t` checks our
// output independently (content size and checksum); the decompressed file
// is compared with the original through its data extents (SEEK_DATA), which
// proves equality without reading gigabytes of holes. Under sanitizers the
// file shrinks and the memory bound is not asserted (shadow memory).
#include "CompressTestSupport.h"
#include "SpawnProcess.h"

#include <QElapsedTimer>
#include <QTest>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace {

#ifdef WM_SANITIZED
constexpr qint64 kSize = qint64(256) << 20;
constexpr bool kCheckMemory = false;
#else
constexpr qint64 kSize = (qint64(9) << 30) / 4; // 2.25 GiB: past every 32-bit limit
constexpr bool kCheckMemory = true;
#endif
// The engines need a few block buffers (4 MiB each); allow generous slack
// over a baseline run on a tiny file, but far below the data size.
constexpr long kMaxExtraKiB = 48 * 1024;

bool writeAt(QFile &f, qint64 offset, const QByteArray &bytes)
{
    return f.seek(offset) && f.write(bytes) == bytes.size();
}

// The data extents of a file (everything else reads as zeros).
QList<QPair<qint64, qint64>> dataExtents(const QString &path)
{
    QList<QPair<qint64, qint64>> extents;
    const int fd = ::open(QFile::encodeName(path).constData(), O_RDONLY);
    const off_t end = ::lseek(fd, 0, SEEK_END);
    off_t pos = 0;
    while (pos < end) {
        const off_t data = ::lseek(fd, pos, SEEK_DATA);
        if (data < 0) break;
        const off_t hole = ::lseek(fd, data, SEEK_HOLE);
        extents.append({data, hole});
        pos = hole;
    }
    ::close(fd);
    return extents;
}

QByteArray readRange(const QString &path, qint64 from, qint64 to)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly) || !f.seek(from)) return {};
    return f.read(to - from);
}

} // namespace

class TestBigSparse : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void roundTripWithBoundedMemory()
    {
        if (!cts::hasLz4()) QSKIP("lz4 tool not installed");
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        QElapsedTimer timer;
        timer.start();

        QVERIFY(wmtest::writeFile(dir.path(), QStringLiteral("tiny"), "tiny"));
        const wmtest::ProcessResult base =
            wmtest::runWm({QStringLiteral("compress"), dir.filePath(QStringLiteral("tiny"))});
        QCOMPARE(base.exitCode, 0);

        // Mostly holes, with real data scattered through it and a hole at
        // the very end (the decompressor must restore the length).
        const QString big = dir.filePath(QStringLiteral("big"));
        QList<QPair<qint64, qint64>> regions; // where the original has data
        {
            QFile f(big);
            QVERIFY(f.open(QIODevice::WriteOnly));
            QVERIFY(f.resize(kSize));
            for (int i = 0; i < 16; ++i) {
                const QByteArray data = i % 2 ? cts::randomBytes(65536, quint32(i))
                                              : cts::textBytes(300000, quint32(i));
                const qint64 at = kSize / 17 * i + i * 4099;
                QVERIFY(writeAt(f, at, data));
                regions.append({at, at + data.size()});
            }
        }
        const wmtest::ProcessResult c =
            wmtest::runWm({QStringLiteral("compress"), big}, {}, 600000);
        QCOMPARE(c.exitCode, 0);
        const QString packed = big + QStringLiteral(".lz4");
        QFile pf(packed);
        QVERIFY(pf.open(QIODevice::ReadOnly));
        const QByteArray header = pf.read(15); // magic, FLG, BD, 8-byte content size, checksum
        quint64 recorded = 0;
        for (int i = 0; i < 8; ++i)
            recorded |= quint64(quint8(header[6 + i])) << (8 * i);
        QCOMPARE(recorded, quint64(kSize));
        const auto ref = wmtest::run(QStringLiteral("lz4"),
                                     {QStringLiteral("-t"), QStringLiteral("-q"), packed});
        QVERIFY2(ref.exitCode == 0, ref.err.constData());

        const QString out = dir.filePath(QStringLiteral("big.out"));
        const wmtest::ProcessResult d = wmtest::runWm(
            {QStringLiteral("decompress"), packed, QStringLiteral("-o"), out}, {}, 600000);
        QCOMPARE(d.exitCode, 0);
        QCOMPARE(QFileInfo(out).size(), kSize);
        struct stat st = {};
        QVERIFY(::stat(QFile::encodeName(out).constData(), &st) == 0);
        QVERIFY2(qint64(st.st_blocks) * 512 < kSize / 8,
                 "the decompressed file should stay sparse");
        // Equal: every data extent of the output matches the original, and
        // every region of the original with data lies inside those extents
        // (outside them both files read as zeros).
        const auto extents = dataExtents(out);
        QVERIFY(!extents.isEmpty());
        for (const auto &[from, to] : extents)
            QVERIFY(readRange(out, from, to) == readRange(big, from, to));
        for (const auto &[from, to] : regions) {
            bool covered = false;
            for (const auto &[ef, et] : extents)
                covered = covered || (ef <= from && to <= et);
            QVERIFY2(covered, "original data missing from the output");
        }

        qInfo("peak RSS: baseline %ld KiB, compress %ld KiB, decompress %ld KiB, for %lld MiB; "
              "%lld ms total",
              base.maxRssKiB, c.maxRssKiB, d.maxRssKiB, static_cast<long long>(kSize >> 20),
              static_cast<long long>(timer.elapsed()));
        if (!kCheckMemory) return;
        QVERIFY2(c.maxRssKiB - base.maxRssKiB < kMaxExtraKiB, "compression memory is not bounded");
        QVERIFY2(d.maxRssKiB - base.maxRssKiB < kMaxExtraKiB,
                 "decompression memory is not bounded");
    }
};

QTEST_GUILESS_MAIN(TestBigSparse)
#include "tst_bigsparse.moc"
