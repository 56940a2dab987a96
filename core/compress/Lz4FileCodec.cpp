// SPDX-FileCopyrightText: 2026 WhiteMagic contributors
// SPDX-License-Identifier: MIT

#include "Lz4FileCodec.h"

#include "Lz4FrameReader.h"
#include "Lz4FrameWriter.h"
#include "concurrency/CancelToken.h"
#include "io/FdSink.h"
#include "io/FdSource.h"
#include "io/NativePath.h"
#include "io/PipeBuffer.h"
#include "io/SafeOutputFile.h"

#include <algorithm>
#include <memory>
#include <unistd.h>

namespace wm {

namespace {

constexpr qint64 kMinChunk = 1 << 20;

bool isStd(const QString &path)
{
    return path == QLatin1String("-");
}

// The read buffer of compress(), kept per thread up to 1 MiB (the chunk of
// any file read in whole blocks of up to 1 MiB), so compressing many files
// allocates nothing per file: a buffer of a file's size each time would
// come back from the system as fresh pages, and on a virtual machine a page
// fault costs tens of microseconds. It grows in steps (the larger files of
// a set are few); chunks above 1 MiB (4 MiB blocks of a big file) are
// allocated into `owned` and given back after the file.
char *readBuffer(qint64 chunk, std::unique_ptr<char[]> &owned)
{
    constexpr qint64 kMaxKept = kMinChunk;
    if (chunk > kMaxKept) {
        owned = std::make_unique_for_overwrite<char[]>(size_t(chunk));
        return owned.get();
    }
    thread_local std::unique_ptr<char[]> kept;
    thread_local qint64 keptSize = 0;
    if (keptSize < chunk) {
        keptSize = std::min(kMaxKept, std::max({chunk, 2 * keptSize, qint64(64) << 10}));
        kept = std::make_unique_for_overwrite<char[]>(size_t(keptSize));
    }
    return kept.get();
}

// The output side: a safe file, or standard output.
struct Output
{
    SafeOutputFile file;
    std::unique_ptr<FdSink> std;

    bool open(const QString &path, const SafeOutputFile::Options &o, const FdSource &in,
              bool preserve, QString &error)
    {
        if (isStd(path)) {
            std = std::make_unique<FdSink>(STDOUT_FILENO);
            // Decoded data outruns most readers of a pipe: a larger buffer
            // spares both sides a wake-up every few pages.
            growPipeBuffer(STDOUT_FILENO);
            return true;
        }
        SafeOutputFile::Options withInput = o;
        // (Refuses to write a file onto itself: with --force, publishing
        // would otherwise replace the input by its own compressed form.)
        withInput.input = &in.info();
        if (!file.open(path, withInput)) {
            error = file.errorString();
            return false;
        }
        if (preserve && in.isRegularFile()) {
            file.setPermissions(in.info().st_mode & 0777);
            file.setModificationTime(in.info().st_mtim);
        }
        return true;
    }
    ByteSink &sink() { return std ? static_cast<ByteSink &>(*std) : file; }
    bool commit(QString &error)
    {
        if (std) return true;
        if (file.commit()) return true;
        error = file.errorString();
        return false;
    }
};

} // namespace

QString Lz4FileCodec::compressedName(const QString &input)
{
    return input + QStringLiteral(".lz4");
}

QString Lz4FileCodec::decompressedName(const QString &input)
{
    if (input.endsWith(QLatin1String(".lz4")) && input.size() > 4 &&
        !input.endsWith(QLatin1String("/.lz4")))
        return input.chopped(4);
    if (input.endsWith(QLatin1String(".tlz4")) && input.size() > 5)
        return input.chopped(5) + QStringLiteral(".tar");
    return {};
}

Lz4FileResult Lz4FileCodec::compress(const QString &input, const QString &output,
                                     const Options &options, const CancelToken *cancel,
                                     std::atomic<qint64> *progressBytes)
{
    Lz4FileResult r;
    FdSource in;
    if (!in.open(input)) {
        r.error = QStringLiteral("cannot read: %1").arg(in.errorString());
        return r;
    }
    Output out;
    SafeOutputFile::Options target{options.overwrite, false, options.sync};
    target.folder = options.outputFolder;
    if (!out.open(output, target, in, options.preserveMetadata, r.error)) return r;
    const qint64 contentSize = in.isRegularFile() ? qint64(in.info().st_size) : -1;
    Lz4FrameWriter writer(out.sink(), options.lz4, contentSize);
    // Whole blocks per read, so the writer compresses straight from here.
    qint64 chunk = std::max(kMinChunk, lz4BlockBytes(options.lz4.blockSize));
    if (contentSize >= 0) chunk = std::min(chunk, std::max<qint64>(contentSize + 1, 64 << 10));
    std::unique_ptr<char[]> owned;
    char *const buffer = readBuffer(chunk, owned);
    for (;;) {
        if (isCancelled(cancel)) {
            r.error = QStringLiteral("cancelled");
            return r;
        }
        qint64 n = 0;
        // Fill the whole chunk (pipes deliver less per read).
        while (n < chunk) {
            const qint64 got = in.read(buffer + n, chunk - n);
            if (got < 0) {
                r.error = in.errorString();
                return r;
            }
            if (got == 0) break;
            n += got;
        }
        if (n == 0) break;
        // A short chunk is the end of the input: its bytes end the frame
        // straight from this buffer (a small file is never copied again).
        const bool last = n < chunk;
        if (!(last ? writer.finish(buffer, n) : writer.write(buffer, n))) {
            r.error = writer.errorString();
            return r;
        }
        r.bytesIn += n;
        if (progressBytes) progressBytes->fetch_add(n, std::memory_order_relaxed);
        if (last) break;
    }
    if (!writer.finish() || !out.commit(r.error)) {
        if (r.error.isEmpty()) r.error = writer.errorString();
        return r;
    }
    r.bytesOut = writer.bytesOut();
    r.ok = true;
    return r;
}

Lz4FileResult Lz4FileCodec::decompress(const QString &input, const QString &output,
                                       const Options &options, const CancelToken *cancel,
                                       std::atomic<qint64> *progressBytes)
{
    Lz4FileResult r;
    FdSource in;
    if (!in.open(input)) {
        r.error = QStringLiteral("cannot read: %1").arg(in.errorString());
        return r;
    }
    Output out;
    const bool testOnly = output.isEmpty();
    SafeOutputFile::Options target{options.overwrite, true, options.sync};
    target.folder = options.outputFolder;
    if (!testOnly && !out.open(output, target, in, options.preserveMetadata, r.error)) return r;
    // Buffers sized for the data: small files need small buffers (many of
    // them are decompressed at once on worker threads).
    const qint64 packed = in.isRegularFile() ? qint64(in.info().st_size) : -1;
    // Up to a 4 MB block with its header and checksum, so whole blocks fit
    // and liblz4 decodes them from here without first copying them into
    // its own input buffer.
    constexpr qint64 kMaxInput = (4 << 20) + (64 << 10);
    const qint64 inputBuffer =
        packed >= 0 ? std::clamp<qint64>(packed, 64 << 10, kMaxInput) : kMaxInput;
    Lz4FrameReader reader(in, inputBuffer);
    // Output in 64 KiB pieces, as the lz4 tool writes it: measured on 100 MB
    // of the kernel tar, 4 MiB writes cost about 60% more system time (the
    // data has left the CPU caches before write(2) copies it), and liblz4
    // serves small reads from its own block buffer at no extra cost.
    constexpr qint64 kChunk = 64 << 10;
    const auto buffer = std::make_unique_for_overwrite<char[]>(size_t(kChunk));
    qint64 reported = 0;
    for (;;) {
        if (isCancelled(cancel)) {
            r.error = QStringLiteral("cancelled");
            return r;
        }
        const qint64 n = reader.read(buffer.get(), kChunk);
        if (n < 0) {
            r.error = reader.errorString();
            return r;
        }
        if (n == 0) break;
        if (!testOnly && !out.sink().write(buffer.get(), n)) {
            r.error = out.sink().errorString();
            return r;
        }
        r.bytesOut += n;
        if (progressBytes) {
            const qint64 consumed = reader.compressedBytes();
            progressBytes->fetch_add(consumed - reported, std::memory_order_relaxed);
            reported = consumed;
        }
    }
    r.bytesIn = reader.compressedBytes();
    if (progressBytes) progressBytes->fetch_add(r.bytesIn - reported, std::memory_order_relaxed);
    if (!testOnly && !out.commit(r.error)) return r;
    r.ok = true;
    return r;
}

} // namespace wm
