// SPDX-FileCopyrightText: 2026 WhiteMagic contributors
// SPDX-License-Identifier: MIT

#pragma once

// Helpers shared by the compression tests: deterministic inputs, in-memory
// round trips through our frame writer/reader, and the `lz4` tool as the
// independent reference.

#include "TestSupport.h"
#include "compress/Lz4FrameReader.h"
#include "compress/Lz4FrameWriter.h"
#include "io/MemorySink.h"
#include "io/MemorySource.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <memory>
#include <unistd.h>

namespace cts {

// xorshift64*: fast even in unoptimised sanitizer builds, and deterministic.
inline QByteArray randomBytes(qsizetype n, quint32 seed)
{
    QByteArray out(n, Qt::Uninitialized);
    quint64 x = 0x9E3779B97F4A7C15ull ^ (quint64(seed) << 17) ^ seed;
    for (qsizetype i = 0; i < n; i += 8) {
        x ^= x >> 12;
        x ^= x << 25;
        x ^= x >> 27;
        const quint64 v = x * 0x2545F4914F6CDD1Dull;
        for (qsizetype k = 0; k < 8 && i + k < n; ++k)
            out[i + k] = char(v >> (8 * k));
    }
    return out;
}

// Word salad: compressible like prose, but not trivially so. A 256 KiB
// piece is generated and then tiled: LZ4 only looks 64 KiB back, so the
// repetition does not make larger inputs compress any better.
inline QByteArray textBytes(qsizetype n, quint32 seed)
{
    static const char *words[] = {
        "memory", "note",  "the",    "of",    "consolidation", "archive",  "and",
        "white",  "magic", "lz4",    "frame", "block",         "checksum", "a",
        "folder", "file",  "stream", "in",    "reads",         "writes",   "\n"};
    const QByteArray rnd = randomBytes(64 << 10, seed);
    QByteArray piece;
    piece.reserve((256 << 10) + 32);
    for (qsizetype i = 0; piece.size() < std::min<qsizetype>(n, 256 << 10);
         i = (i + 1) % rnd.size()) {
        const quint8 r = quint8(rnd[i]);
        piece += words[r % (sizeof words / sizeof *words)];
        piece += (r >> 5) == 0 ? ", " : " ";
    }
    QByteArray out;
    out.reserve(n);
    while (out.size() < n)
        out += piece.left(n - out.size());
    return out;
}

inline QByteArray compress(const QByteArray &data, const wm::Lz4Options &o = {},
                           qint64 contentSize = -2)
{
    wm::MemorySink sink;
    wm::Lz4FrameWriter w(sink, o, contentSize == -2 ? data.size() : contentSize);
    // Feed in uneven pieces to exercise the block gathering.
    qsizetype pos = 0;
    qsizetype step = 1;
    while (pos < data.size()) {
        const qsizetype n = std::min(step, data.size() - pos);
        if (!w.write(data.constData() + pos, n)) return {};
        pos += n;
        step = step * 3 + 7;
    }
    if (!w.finish()) return {};
    return sink.take();
}

struct Decoded
{
    bool ok = false;
    QByteArray data;
    QString error;
};

inline Decoded decompress(const QByteArray &lz4, qint64 sourceChunk = 0, qint64 readChunk = 1 << 20,
                          qint64 inputBuffer = 1 << 20)
{
    Decoded d;
    wm::MemorySource src(lz4.constData(), lz4.size(), sourceChunk);
    wm::Lz4FrameReader r(src, inputBuffer);
    const auto buf = std::make_unique_for_overwrite<char[]>(size_t(readChunk));
    for (;;) {
        const qint64 n = r.read(buf.get(), readChunk);
        if (n < 0) {
            d.error = r.errorString();
            return d;
        }
        if (n == 0) break;
        d.data.append(buf.get(), n);
    }
    d.ok = true;
    return d;
}

inline bool hasLz4()
{
    return wmtest::hasTool(QStringLiteral("lz4"));
}

// Runs `lz4 FLAGS` as a filter (stdin to stdout).
inline wmtest::ProcessResult lz4Filter(const QStringList &flags, const QByteArray &input)
{
    QStringList args = flags;
    args << QStringLiteral("-c") << QStringLiteral("-q");
    // An empty stdin makes QProcess close the channel at once, which is what we want.
    return wmtest::run(QStringLiteral("lz4"), args, {}, input);
}

// What the lz4 tool decompresses `frames` (in memory, through a pipe) to.
inline QByteArray lz4ToolDecompress(const QByteArray &frames)
{
    return lz4Filter({QStringLiteral("-d")}, frames).out;
}

// `lz4 -d -c FILE`: the tool decompresses a file to standard output.
inline wmtest::ProcessResult lz4ToolDecompressFile(const QString &path)
{
    return wmtest::run(QStringLiteral("lz4"), {QStringLiteral("-d"), QStringLiteral("-c"), path});
}

// Compresses `data` with the lz4 tool from a file (so it may record the size).
inline QByteArray lz4ToolCompress(const QByteArray &data, const QStringList &flags)
{
    QTemporaryDir dir;
    const QString in = dir.filePath(QStringLiteral("in"));
    const QString out = dir.filePath(QStringLiteral("out.lz4"));
    if (!wmtest::writeFile(dir.path(), QStringLiteral("in"), data)) return {};
    const auto r =
        wmtest::run(QStringLiteral("lz4"), QStringList(flags) << QStringLiteral("-q")
                                                              << QStringLiteral("-f") << in << out);
    if (r.exitCode != 0) return {};
    return wmtest::readFile(out);
}

inline QByteArray le32(quint32 v)
{
    QByteArray b(4, '\0');
    for (int i = 0; i < 4; ++i)
        b[i] = char((v >> (8 * i)) & 0xFF);
    return b;
}

inline QByteArray skippableFrame(quint32 variant, const QByteArray &payload)
{
    return le32(0x184D2A50u + (variant & 0xF)) + le32(quint32(payload.size())) + payload;
}

// `count` files f0.txt, f1.txt... in `dir`, every third one random bytes
// (incompressible), the others text, all of different sizes; their paths
// are appended to `paths` (as far as they could be written), their contents
// returned in the same order.
inline QList<QByteArray> writeMixedFiles(const QString &dir, int count, QStringList &paths)
{
    QList<QByteArray> contents;
    for (int i = 0; i < count; ++i) {
        contents << (i % 3 == 0 ? randomBytes(50000 + i, quint32(i))
                                : textBytes(200000 + 1000 * i, quint32(i)));
        const QString name = QStringLiteral("f%1.txt").arg(i);
        if (!wmtest::writeFile(dir, name, contents.last())) break;
        paths << dir + QLatin1Char('/') + name;
    }
    return contents;
}

// Everything left to read from `fd` (a pipe's other end closed).
inline QByteArray readToEnd(int fd)
{
    QByteArray out;
    char buf[65536];
    for (ssize_t n; (n = ::read(fd, buf, sizeof buf)) > 0;)
        out.append(buf, n);
    return out;
}

// A file of `size` zero bytes that takes no disk (a hole).
inline bool writeSparseFile(const QString &path, qint64 size)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.resize(size);
}

// Whether process `pid` has a file open in `dir` that has no name there
// (O_TMPFILE: /proc shows "dir/#inode (deleted)"): an output being written.
inline bool writesInto(qint64 pid, const QString &dir)
{
    const QByteArray prefix = QFile::encodeName(QFileInfo(dir).canonicalFilePath()) + "/#";
    QDirIterator it(QStringLiteral("/proc/%1/fd").arg(pid),
                    QDir::AllEntries | QDir::System | QDir::NoDotAndDotDot);
    while (it.hasNext()) {
        char target[4096];
        const ssize_t n =
            ::readlink(QFile::encodeName(it.next()).constData(), target, sizeof target - 1);
        if (n <= 0) continue;
        const QByteArray link(target, n);
        if (link.startsWith(prefix) && link.endsWith(" (deleted)")) return true;
    }
    return false;
}

// Temporary files our engines might leave behind by mistake.
inline QStringList leftovers(const QString &dir)
{
    QStringList found;
    QDirIterator it(dir, QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        const QString name = it.fileName();
        if (name.contains(QLatin1String(".wm-")) &&
            (name.endsWith(QLatin1String(".tmp")) ||
             name.startsWith(QLatin1String(".wm-extract-"))))
            found << path;
        else if (name.startsWith(QLatin1String(".wm-extract-")))
            found << path;
    }
    return found;
}

} // namespace cts
