// SPDX-FileCopyrightText: 2026 WhiteMagic contributors
// SPDX-License-Identifier: MIT

#include "FuzzEntryPoints.h"

#include "compress/ArchiveReader.h"
#include "compress/ArchiveVerifier.h"
#include "compress/Lz4FrameReader.h"
#include "compress/Lz4FrameWriter.h"
#include "io/MemorySink.h"
#include "io/MemorySource.h"

#include <QByteArray>
#include <memory>

namespace wmfuzz {

namespace {

// Inputs may expand enormously (a few bytes of LZ4 can describe megabytes);
// every decoding way stops at the same cap so their results stay comparable.
constexpr qint64 kOutputCap = 1 << 20;

struct Outcome
{
    bool ok = false;
    bool capped = false;
    QByteArray data;
};

Outcome decode(const char *data, qint64 size, qint64 sourceChunk, qint64 readChunk,
               qint64 inputBuffer)
{
    Outcome o;
    wm::MemorySource src(data, size, sourceChunk);
    wm::Lz4FrameReader reader(src, inputBuffer);
    const auto buf = std::make_unique_for_overwrite<char[]>(size_t(readChunk));
    while (o.data.size() < kOutputCap) {
        const qint64 n = reader.read(buf.get(), std::min(readChunk, kOutputCap - o.data.size()));
        if (n < 0) return o;
        if (n == 0) {
            o.ok = true;
            return o;
        }
        o.data.append(buf.get(), n);
    }
    o.capped = true;
    o.data.truncate(kOutputCap);
    return o;
}

} // namespace

int lz4Reader(const std::uint8_t *data, std::size_t size)
{
    const auto *bytes = reinterpret_cast<const char *>(data);
    // Small buffers throughout: under ASan every large allocation costs an
    // mmap, which would dominate each run.
    const Outcome a = decode(bytes, qint64(size), 0, 1 << 16, 1 << 16);
    const Outcome b = decode(bytes, qint64(size), 1, 1 << 15, 64);
    const Outcome c = decode(bytes, qint64(size), 0, 333, 4096);
    // Up to the cap (or the error) the three must have produced the same bytes.
    if (a.ok != b.ok || a.ok != c.ok || a.capped != b.capped || a.capped != c.capped) return 1;
    if (a.ok || a.capped) {
        if (a.data != b.data || a.data != c.data) return 2;
    } else {
        const qsizetype common = std::min({a.data.size(), b.data.size(), c.data.size()});
        if (a.data.left(common) != b.data.left(common) ||
            a.data.left(common) != c.data.left(common))
            return 3;
    }
    if (a.ok) {
        wm::MemorySink sink;
        wm::Lz4FrameWriter writer(sink, {}, a.data.size());
        if (!writer.write(a.data.constData(), a.data.size()) || !writer.finish()) return 4;
        const Outcome again =
            decode(sink.data().constData(), sink.data().size(), 0, 1 << 20, 1 << 20);
        if (!again.ok || again.data != a.data) return 5;
    }
    return 0;
}

int archiveReader(const std::uint8_t *data, std::size_t size)
{
    if (size == 0) return 0;
    QByteArray archive;
    if (data[0] & 1) {
        wm::MemorySink sink;
        // With the size known the frame gets a small block size, so each
        // run allocates little (large buffers are slow under ASan).
        wm::Lz4FrameWriter writer(sink, {}, qint64(size - 1));
        if (!writer.write(reinterpret_cast<const char *>(data + 1), qint64(size - 1)) ||
            !writer.finish())
            return 10;
        archive = sink.take();
    } else {
        archive = QByteArray(reinterpret_cast<const char *>(data + 1), qsizetype(size - 1));
    }
    qint64 listed = 0;
    QString listError;
    wm::MemorySource listSource(archive.constData(), archive.size());
    const bool listOk = wm::ArchiveReader::list(
        listSource, [&](const wm::ArchiveMember &) { ++listed; }, &listError);
    wm::MemorySource verifySource(archive.constData(), archive.size(), 4093);
    const wm::ArchiveVerifier::Result verified = wm::ArchiveVerifier::verify(verifySource);
    if (verified.ok && !listOk) return 11;
    if (verified.ok && verified.members != listed) return 12;
    if (!listOk && listError.isEmpty()) return 13; // every failure says why
    if (!verified.ok && verified.errors.isEmpty()) return 14;
    return 0;
}

} // namespace wmfuzz
