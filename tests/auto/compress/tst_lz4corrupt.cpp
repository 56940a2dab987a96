// SPDX-FileCopyrightText: 2026 WhiteMagic contributors
// SPDX-License-Identifier: MIT
//
// Corrupt and truncated LZ4 input: every case must fail with a message that
// names the problem, never succeed with wrong data, never crash. The `lz4`
// tool is the reference that the inputs are indeed broken.
#include "CompressTestSupport.h"

#include <QTest>

using namespace wm;

namespace {
#ifdef WM_SANITIZED
constexpr int kStride = 5; // sanitizers: fewer cases, the same code paths
#else
constexpr int kStride = 1;
#endif
} // namespace

class TestLz4Corrupt : public QObject
{
    Q_OBJECT

private:
    static void expectFailure(const QByteArray &input, const char *needle, int line)
    {
        const cts::Decoded d = cts::decompress(input);
        if (d.ok)
            QTest::qFail(qPrintable(QStringLiteral("decoded corrupt input (line %1)").arg(line)),
                         __FILE__, line);
        if (needle && !d.error.contains(QLatin1String(needle)))
            QTest::qFail(
                qPrintable(
                    QStringLiteral("message '%1' lacks '%2'").arg(d.error, QLatin1String(needle))),
                __FILE__, line);
    }

    static bool lz4ToolRejects(const QByteArray &input)
    {
        const auto r = cts::lz4Filter({QStringLiteral("-t")}, input);
        return r.exitCode != 0;
    }

private Q_SLOTS:
    void emptyInput()
    {
        expectFailure({}, "empty input", __LINE__);
        // The tool's leniency is available on request.
        wm::MemorySource src(nullptr, 0);
        Lz4FrameReader r(src);
        r.setAcceptEmpty(true);
        char buf[16];
        QCOMPARE(r.read(buf, sizeof buf), qint64(0));
    }

    void notLz4()
    {
        WM_REQUIRE_TOOL("lz4");
        expectFailure("hello world, this is plain text", "not LZ4 data", __LINE__);
        expectFailure(cts::randomBytes(1000, 11), "not LZ4 data", __LINE__);
        QVERIFY(lz4ToolRejects("hello world, this is plain text"));
    }

    // Every strict prefix of a frame is truncated, and says so: all of them
    // near the header and the end, and a dense sample across the blocks.
    void everyTruncation()
    {
        WM_REQUIRE_TOOL("lz4");
        Lz4Options o;
        o.blockSize = Lz4BlockSize::Max64KB;
        const QByteArray data = cts::textBytes(150000, 12);
        for (bool blockChecksum : {false, true}) {
            o.blockChecksum = blockChecksum;
            const QByteArray packed = cts::compress(data, o);
            for (qsizetype len = 1; len < packed.size(); ++len) {
                if (len > 400 && len < packed.size() - 400 && len % (37 * kStride) != 0) continue;
                if (len % kStride != 0) continue;
                const cts::Decoded d = cts::decompress(packed.left(len), 0, 1 << 20, 4096);
                QVERIFY2(
                    !d.ok,
                    qPrintable(
                        QStringLiteral("prefix %1 of %2 decoded").arg(len).arg(packed.size())));
                QVERIFY2(d.error.contains(QLatin1String("truncated")) ||
                             d.error.contains(QLatin1String("header")),
                         qPrintable(d.error));
            }
            for (qsizetype len : {qsizetype(3), qsizetype(10), packed.size() / 2, packed.size() - 4,
                                  packed.size() - 1})
                QVERIFY(lz4ToolRejects(packed.left(len)));
        }
    }

    // Flip each byte of a small frame in turn. A flip may be harmless (a
    // match offset moved to an identical earlier string decodes to the same
    // bytes, and the checksum rightly agrees); otherwise it must be caught.
    // Never wrong data. The lz4 tool reaches the same verdict.
    void everyByteFlip()
    {
        WM_REQUIRE_TOOL("lz4");
        const QByteArray data = cts::textBytes(3000, 13);
        const QByteArray packed = cts::compress(data);
        int toolChecked = 0;
        int caught = 0;
        int tried = 0;
        for (qsizetype i = 0; i < packed.size(); i += kStride) {
            QByteArray bad = packed;
            bad[i] = char(bad[i] ^ 0x5A);
            const cts::Decoded d = cts::decompress(bad);
            QVERIFY2(!d.ok || d.data == data,
                     qPrintable(QStringLiteral("flip at %1 decoded to wrong data").arg(i)));
            ++tried;
            caught += d.ok ? 0 : 1;
            if (i % (97 * kStride) == 0) {
                QCOMPARE(lz4ToolRejects(bad), !d.ok);
                ++toolChecked;
            }
        }
        QVERIFY2(caught > tried * 9 / 10,
                 qPrintable(QStringLiteral("%1 of %2").arg(caught).arg(tried)));
        QVERIFY(toolChecked >= 2);
    }

    void messagesNameTheProblem()
    {
        const QByteArray data = cts::textBytes(100000, 14);
        Lz4Options o;
        o.blockChecksum = true;
        QByteArray packed = cts::compress(data, o);
        // Header checksum byte (last byte of a 15-byte header with content size).
        QByteArray bad = packed;
        bad[14] = char(bad[14] ^ 1);
        expectFailure(bad, "header checksum", __LINE__);
        // Content checksum (last four bytes).
        bad = packed;
        bad[bad.size() - 1] = char(bad[bad.size() - 1] ^ 1);
        expectFailure(bad, "content checksum", __LINE__);
        // A data byte inside the first block, with block checksums on.
        bad = packed;
        bad[40] = char(bad[40] ^ 0x10);
        expectFailure(bad, "checksum", __LINE__);
        // Reserved flag bit.
        bad = packed;
        bad[4] = char(bad[4] | 0x02);
        expectFailure(bad, "header", __LINE__);
    }

    void trailingGarbage()
    {
        WM_REQUIRE_TOOL("lz4");
        const QByteArray packed = cts::compress("some data");
        expectFailure(packed + "garbage!", "after the last LZ4 frame", __LINE__);
        expectFailure(packed + "ab", "stray byte", __LINE__);
        QVERIFY(lz4ToolRejects(packed + "garbage!"));
        QVERIFY(lz4ToolRejects(packed + "ab"));
    }

    // A header whose content size disagrees with the blocks: splice the
    // header of one frame onto the blocks of another (both self-consistent).
    void wrongContentSize()
    {
        WM_REQUIRE_TOOL("lz4");
        const QByteArray a = cts::compress(QByteArray(1000, 'a'));
        const QByteArray b = cts::compress(QByteArray(1200, 'a'));
        // Both headers are 15 bytes (magic, FLG, BD, 8-byte size, checksum).
        const QByteArray spliced = a.left(15) + b.mid(15);
        expectFailure(spliced, "size recorded in the frame header", __LINE__);
        QVERIFY(lz4ToolRejects(spliced));
    }

    void truncatedSkippableFrame()
    {
        const QByteArray frame = cts::skippableFrame(1, "payload bytes");
        expectFailure(frame.left(6), "skippable", __LINE__);
        expectFailure(frame.left(frame.size() - 1), "skippable", __LINE__);
    }

    void brokenLegacy()
    {
        if (!cts::hasLz4()) QSKIP("lz4 tool not installed");
        const QByteArray data = cts::textBytes(9 << 20, 15);
        const QByteArray packed = cts::lz4ToolCompress(data, {QStringLiteral("-l")});
        QVERIFY(!packed.isEmpty());
        expectFailure(packed.left(packed.size() - 1000), "legacy block", __LINE__);
        expectFailure(packed.left(6), "legacy block header", __LINE__);
        QByteArray bad = packed;
        // Corrupt the first block's first token/literal run heavily.
        for (int i = 8; i < 64; ++i)
            bad[i] = char(0xFF);
        const cts::Decoded d = cts::decompress(bad);
        QVERIFY(!d.ok);
        QVERIFY2(d.error.contains(QLatin1String("corrupt legacy block")), qPrintable(d.error));
        QVERIFY(lz4ToolRejects(bad));
    }

    // Read errors of the underlying source are reported as such.
    void sourceErrorIsReported()
    {
        class FailingSource final : public ByteSource
        {
        public:
            qint64 read(char *, qint64) override { return -1; }
            QString errorString() const override { return QStringLiteral("disk on fire"); }
        } src;
        Lz4FrameReader r(src);
        char buf[64];
        QCOMPARE(r.read(buf, sizeof buf), qint64(-1));
        QCOMPARE(r.errorString(), QStringLiteral("disk on fire"));
    }
};

QTEST_GUILESS_MAIN(TestLz4Corrupt)
#include "tst_lz4corrupt.moc"
