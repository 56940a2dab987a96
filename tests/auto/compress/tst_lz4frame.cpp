// SPDX-FileCopyrightText: 2026 WhiteMagic contributors
// SPDX-License-Identifier: MIT
//
// LZ4 frame writer and reader: round trips over every option, and
// interoperability with the `lz4` tool in both directions.
#include "CompressTestSupport.h"

#include <QTest>

using namespace wm;

class TestLz4Frame : public QObject
{
    Q_OBJECT

private:
    static QList<QPair<QByteArray, QByteArray>> inputs()
    {
        return {{"empty", {}},
                {"one byte", QByteArray("x")},
                {"tiny text", QByteArray("hello, hello, hello world\n")},
                {"incompressible 2.5 MiB", cts::randomBytes(5 << 19, 1)},
                {"text 4.5 MiB", cts::textBytes(9 << 19, 2)},
                {"zeros 9 MiB", QByteArray(9 << 20, '\0')}};
    }

private Q_SLOTS:
    void roundTrip_data()
    {
        QTest::addColumn<QByteArray>("data");
        QTest::addColumn<int>("level");
        QTest::addColumn<int>("block");
        QTest::addColumn<bool>("linked");
        QTest::addColumn<bool>("blockChecksum");
        QTest::addColumn<bool>("contentChecksum");
        for (const auto &input : inputs()) {
            // Named copies: clang 14 cannot capture structured bindings.
            const auto &name = input.first;
            const auto &data = input.second;
            const auto row = [&](const char *what, int level, int block, bool linked, bool bcs,
                                 bool ccs) {
                QTest::newRow((name + " / " + what).constData())
                    << data << level << block << linked << bcs << ccs;
            };
            row("level 1, 4M", 1, 7, false, false, true);
            row("fast 5, 64K", -5, 4, false, false, true);
            row("level 3 HC, 256K, linked", 3, 5, true, false, true);
            row("level 9, 1M, block checksums", 9, 6, false, true, true);
            row("level 1, 64K linked, no content checksum", 1, 4, true, false, false);
            if (data.size() <= (1 << 20)) row("level 12", 12, 7, false, true, true);
        }
    }

    void roundTrip()
    {
        QFETCH(QByteArray, data);
        QFETCH(int, level);
        QFETCH(int, block);
        QFETCH(bool, linked);
        QFETCH(bool, blockChecksum);
        QFETCH(bool, contentChecksum);
        Lz4Options o;
        o.level = level;
        o.blockSize = Lz4BlockSize(block);
        o.linkedBlocks = linked;
        o.blockChecksum = blockChecksum;
        o.contentChecksum = contentChecksum;
        const QByteArray packed = cts::compress(data, o);
        QVERIFY(!packed.isEmpty());
        // Whole reads, then tiny source reads and tiny output reads.
        for (const auto &[srcChunk, readChunk] :
             {QPair<qint64, qint64>{0, 1 << 20}, {7, 1 << 20}, {0, 333}, {4096, 65536}}) {
            if (data.size() > (1 << 20) && (srcChunk == 7 || readChunk == 333))
                continue; // slow, covered by small inputs
            const cts::Decoded d = cts::decompress(packed, srcChunk, readChunk);
            QVERIFY2(d.ok, qPrintable(d.error));
            QCOMPARE(d.data.size(), data.size());
            QVERIFY(d.data == data);
        }
        if (!cts::hasLz4()) QSKIP("lz4 tool not installed");
        // The reference decoder agrees.
        const auto ref = cts::lz4Filter({QStringLiteral("-d")}, packed);
        QCOMPARE(ref.exitCode, 0);
        QVERIFY(ref.out == data);
    }

    // The content size goes into the header, as the spec and `lz4 --list` see it.
    void contentSizeInHeader()
    {
        const QByteArray data = cts::textBytes(300000, 3);
        const QByteArray packed = cts::compress(data);
        // FLG byte: bit 3 is the content-size flag; the size follows BD, LE64.
        QVERIFY(quint8(packed[4]) & 0x08);
        quint64 size = 0;
        for (int i = 0; i < 8; ++i)
            size |= quint64(quint8(packed[6 + i])) << (8 * i);
        QCOMPARE(size, quint64(data.size()));
        const QByteArray unknown = cts::compress(data, {}, -1);
        QVERIFY(!(quint8(unknown[4]) & 0x08));
        if (!cts::hasLz4()) QSKIP("lz4 tool not installed");
        QTemporaryDir dir;
        QVERIFY(wmtest::writeFile(dir.path(), QStringLiteral("a.lz4"), packed));
        const auto r =
            wmtest::run(QStringLiteral("lz4"), {QStringLiteral("--list"), QStringLiteral("-v"),
                                                dir.filePath(QStringLiteral("a.lz4"))});
        QCOMPARE(r.exitCode, 0);
        // The tool prints its listing on standard error.
        QVERIFY2((r.out + r.err).contains(QByteArray::number(data.size())),
                 (r.out + r.err).constData());
    }

    // A content size that does not match what is written fails the frame.
    void contentSizeMismatchFails()
    {
        MemorySink sink;
        Lz4FrameWriter w(sink, {}, 100);
        QVERIFY(w.write("0123456789", 10));
        QVERIFY(!w.finish());
        QVERIFY2(w.errorString().contains(QLatin1String("changed size")),
                 qPrintable(w.errorString()));
    }

    // finish(data, size) ends the frame straight from the caller's bytes:
    // whatever was written before it (nothing, a partial block, whole
    // blocks), the lz4 tool decodes the frame, and with independent blocks
    // it is the very frame write() + finish() make. (Linked blocks may
    // differ: liblz4 finds other matches when the previous block sits right
    // before the next one in memory than when it was saved aside.)
    void finishWithLastBytes_data()
    {
        QTest::addColumn<bool>("linked");
        QTest::addColumn<int>("before");
        for (const bool linked : {false, true}) {
            const char *mode = linked ? "linked" : "independent";
            QTest::addRow("%s, all at finish", mode) << linked << 0;
            QTest::addRow("%s, a partial block first", mode) << linked << 1000;
            QTest::addRow("%s, two whole blocks first", mode) << linked << (128 << 10);
        }
    }

    void finishWithLastBytes()
    {
        QFETCH(bool, linked);
        QFETCH(int, before);
        const QByteArray data = cts::textBytes(300000, 4); // 4 blocks of 64 KiB and a rest
        Lz4Options o;
        o.blockSize = Lz4BlockSize::Max64KB;
        o.linkedBlocks = linked;
        const QByteArray expected = cts::compress(data, o);
        MemorySink sink;
        Lz4FrameWriter w(sink, o, data.size());
        QVERIFY(w.write(data.constData(), before));
        QVERIFY2(w.finish(data.constData() + before, data.size() - before),
                 qPrintable(w.errorString()));
        QCOMPARE(w.bytesIn(), qint64(data.size()));
        if (!linked) QVERIFY(sink.data() == expected);
        const cts::Decoded d = cts::decompress(sink.data());
        QVERIFY2(d.ok, qPrintable(d.error));
        QVERIFY(d.data == data);
        if (!cts::hasLz4()) QSKIP("lz4 tool not installed");
        const auto ref = cts::lz4Filter({QStringLiteral("-d")}, sink.data());
        QCOMPARE(ref.exitCode, 0);
        QVERIFY(ref.out == data);
    }

    void readsLz4ToolOutput_data()
    {
        QTest::addColumn<QStringList>("flags");
        QTest::newRow("default") << QStringList{};
        QTest::newRow("-9") << QStringList{QStringLiteral("-9")};
        QTest::newRow("-12") << QStringList{QStringLiteral("-12")};
        QTest::newRow("--fast=3") << QStringList{QStringLiteral("--fast=3")};
        QTest::newRow("linked blocks -BD") << QStringList{QStringLiteral("-BD")};
        QTest::newRow("block checksum -BX") << QStringList{QStringLiteral("-BX")};
        QTest::newRow("no content checksum") << QStringList{QStringLiteral("--no-frame-crc")};
        QTest::newRow("content size") << QStringList{QStringLiteral("--content-size")};
        QTest::newRow("64K blocks -B4") << QStringList{QStringLiteral("-B4")};
        QTest::newRow("256K blocks -B5") << QStringList{QStringLiteral("-B5")};
        QTest::newRow("1M blocks -B6 linked")
            << QStringList{QStringLiteral("-B6"), QStringLiteral("-BD")};
        QTest::newRow("legacy -l") << QStringList{QStringLiteral("-l")};
        QTest::newRow("legacy -l -9") << QStringList{QStringLiteral("-l"), QStringLiteral("-9")};
    }

    void readsLz4ToolOutput()
    {
        if (!cts::hasLz4()) QSKIP("lz4 tool not installed");
        QFETCH(QStringList, flags);
        // Legacy streams need over 8 MiB for several blocks; frames get
        // several blocks from the smaller block sizes. HC level 12 is slow.
        const bool legacy = flags.contains(QStringLiteral("-l"));
        const qsizetype size = legacy                                  ? (9 << 20)
                               : flags.contains(QStringLiteral("-12")) ? 300000
                                                                       : (5 << 19);
        const QByteArray data = cts::textBytes(size, 4) + cts::randomBytes(100000, 5);
        for (const QByteArray &input : {QByteArray(), QByteArray("z"), data}) {
            const QByteArray packed = cts::lz4ToolCompress(input, flags);
            QVERIFY(!packed.isEmpty());
            for (qint64 srcChunk : {qint64(0), qint64(100003)}) {
                const cts::Decoded d = cts::decompress(packed, srcChunk);
                QVERIFY2(d.ok, qPrintable(d.error));
                QVERIFY(d.data == input);
            }
        }
    }

    // Concatenated frames, skippable frames and legacy streams, mixed: the
    // result must be what `lz4 -d` makes of the same bytes.
    void concatenatedSkippableAndLegacy()
    {
        if (!cts::hasLz4()) QSKIP("lz4 tool not installed");
        const QByteArray a = cts::textBytes(200000, 6);
        const QByteArray b = cts::randomBytes(70000, 7);
        const QByteArray c = cts::textBytes(9 << 20, 8);
        const QByteArray stream =
            cts::compress(a) + cts::skippableFrame(0, "metadata here") +
            cts::lz4ToolCompress(b, {QStringLiteral("-BD")}) +
            cts::skippableFrame(15, QByteArray()) + cts::compress(QByteArray()) +
            cts::lz4ToolCompress(c, {QStringLiteral("-l")}) + cts::compress(a);
        const cts::Decoded d = cts::decompress(stream, 65537);
        QVERIFY2(d.ok, qPrintable(d.error));
        const auto ref = cts::lz4Filter({QStringLiteral("-d")}, stream);
        QCOMPARE(ref.exitCode, 0);
        QCOMPARE(d.data.size(), ref.out.size());
        QVERIFY(d.data == ref.out);
        QVERIFY(d.data == a + b + c + a);
    }

    void onlySkippableFrames()
    {
        const cts::Decoded d = cts::decompress(cts::skippableFrame(3, "abc"));
        QVERIFY2(d.ok, qPrintable(d.error));
        QVERIFY(d.data.isEmpty());
    }

    // Same library, same settings: our frames are the lz4 tool's frames,
    // apart from the content-size field we add.
    void sameOutputAsLz4Tool_data()
    {
        QTest::addColumn<int>("level");
        QTest::newRow("1") << 1;
        QTest::newRow("4") << 4;
        QTest::newRow("9") << 9;
    }

    void sameOutputAsLz4Tool()
    {
        if (!cts::hasLz4()) QSKIP("lz4 tool not installed");
        QFETCH(int, level);
        const QByteArray data = cts::textBytes(9 << 20, 9) + cts::randomBytes(100000, 10);
        Lz4Options o;
        o.level = level;
        const QByteArray ours = cts::compress(data, o);
        const QByteArray theirs = cts::lz4ToolCompress(
            data, {QStringLiteral("-%1").arg(level), QStringLiteral("--content-size")});
        QCOMPARE(ours.size(), theirs.size());
        QVERIFY(ours == theirs);
    }
};

QTEST_GUILESS_MAIN(TestLz4Frame)
#include "tst_lz4frame.moc"
