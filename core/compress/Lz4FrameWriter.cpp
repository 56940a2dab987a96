// SPDX-FileCopyrightText: 2026 WhiteMagic contributors
// SPDX-License-Identifier: MIT

#include "Lz4FrameWriter.h"

#include "Lz4Format.h"

#define LZ4F_STATIC_LINKING_ONLY
#include <algorithm>
#include <cstring>
#include <lz4frame.h>
#include <utility>

namespace wm {
namespace {

// A compression context and an output buffer kept per thread from one
// frame to the next: compressing many small files then allocates (and
// clears, and gives back to the system) nothing per file.
struct Scratch
{
    LZ4F_cctx *ctx = nullptr;
    std::unique_ptr<char[]> dst;
    size_t capacity = 0;
    ~Scratch()
    {
        if (ctx) LZ4F_freeCompressionContext(ctx);
    }
};
thread_local Scratch t_scratch;
// Bigger buffers (4 MB blocks) are not kept: memory would stay high.
constexpr size_t kKeptCapacity = 512 << 10;

} // namespace

Lz4FrameWriter::Lz4FrameWriter(ByteSink &out, const Lz4Options &options, qint64 contentSize)
    : m_out(out), m_options(options), m_contentSize(contentSize),
      m_blockSize(size_t(lz4BlockBytes(options.blockSize)))
{
}

Lz4FrameWriter::~Lz4FrameWriter()
{
    // Back to this thread's scratch if it is free (another writer on the
    // same thread may hold it) and the buffer is small enough to keep.
    if (m_ctx && !t_scratch.ctx) {
        t_scratch.ctx = std::exchange(m_ctx, nullptr);
        if (m_dstCapacity <= kKeptCapacity && m_dstCapacity > t_scratch.capacity) {
            t_scratch.dst = std::move(m_dst);
            t_scratch.capacity = m_dstCapacity;
        }
    }
    if (m_ctx) LZ4F_freeCompressionContext(m_ctx);
}

bool Lz4FrameWriter::fail(const QString &message)
{
    m_failed = true;
    if (m_error.isEmpty()) m_error = message;
    return false;
}

bool Lz4FrameWriter::begin()
{
    m_started = true;
    m_ctx = std::exchange(t_scratch.ctx, nullptr);
    if (!m_ctx && LZ4F_isError(LZ4F_createCompressionContext(&m_ctx, LZ4F_VERSION)))
        return fail(QStringLiteral("out of memory"));
    // Like the lz4 tool (LZ4F_compressFrame), a known small input gets the
    // smallest block size that holds it: the decoder then allocates buffers
    // for that size, not for 4 MB, which matters for many small files.
    int blockId = int(m_options.blockSize);
    while (m_contentSize >= 0 && blockId > int(Lz4BlockSize::Max64KB) &&
           lz4BlockBytes(Lz4BlockSize(blockId - 1)) >= m_contentSize)
        --blockId;
    m_blockSize = size_t(lz4BlockBytes(Lz4BlockSize(blockId)));
    LZ4F_preferences_t prefs;
    std::memset(&prefs, 0, sizeof prefs);
    prefs.frameInfo.blockSizeID = LZ4F_blockSizeID_t(blockId);
    prefs.frameInfo.blockMode = m_options.linkedBlocks ? LZ4F_blockLinked : LZ4F_blockIndependent;
    prefs.frameInfo.contentChecksumFlag =
        m_options.contentChecksum ? LZ4F_contentChecksumEnabled : LZ4F_noContentChecksum;
    prefs.frameInfo.blockChecksumFlag =
        m_options.blockChecksum ? LZ4F_blockChecksumEnabled : LZ4F_noBlockChecksum;
    // 0 means "unknown" in the frame header, so an empty input records none.
    prefs.frameInfo.contentSize = m_contentSize > 0 ? quint64(m_contentSize) : 0;
    prefs.compressionLevel =
        std::clamp(m_options.level, Lz4Options::minLevel, Lz4Options::maxLevel);
    // We only ever hand LZ4F whole blocks (or the final partial one), so it
    // may compress each straight away without copying it into its own buffer.
    prefs.autoFlush = 1;

    // Room for the header, one block and the end: a file of one block is
    // written at once.
    m_endBound = LZ4F_compressBound(0, &prefs);
    const size_t capacity =
        LZ4F_HEADER_SIZE_MAX + LZ4F_compressBound(m_blockSize, &prefs) + m_endBound;
    if (t_scratch.dst && t_scratch.capacity >= capacity) {
        m_dst = std::move(t_scratch.dst);
        m_dstCapacity = std::exchange(t_scratch.capacity, 0);
    } else {
        m_dst = std::make_unique_for_overwrite<char[]>(capacity);
        m_dstCapacity = capacity;
    }
    const size_t n = LZ4F_compressBegin(m_ctx, m_dst.get(), m_dstCapacity, &prefs);
    if (LZ4F_isError(n))
        return fail(QStringLiteral("cannot start an LZ4 frame: %1")
                        .arg(QLatin1String(LZ4F_getErrorName(n))));
    m_pending = n;
    return true;
}

bool Lz4FrameWriter::flush()
{
    if (m_pending == 0) return true;
    if (!m_out.write(m_dst.get(), qint64(m_pending))) return fail(m_out.errorString());
    m_bytesOut += qint64(m_pending);
    m_pending = 0;
    return true;
}

bool Lz4FrameWriter::reserve(size_t bound)
{
    return m_pending + bound <= m_dstCapacity || flush();
}

bool Lz4FrameWriter::compressBlock(const char *data, size_t size)
{
    // LZ4F_compressBound(size) would also count the end mark: a block's own
    // worst case is its size plus its header and checksum.
    if (!reserve(size + m_endBound + 8)) return false;
    const size_t n = LZ4F_compressUpdate(m_ctx, m_dst.get() + m_pending, m_dstCapacity - m_pending,
                                         data, size, nullptr);
    if (LZ4F_isError(n))
        return fail(
            QStringLiteral("LZ4 compression failed: %1").arg(QLatin1String(LZ4F_getErrorName(n))));
    m_pending += n;
    return true;
}

bool Lz4FrameWriter::write(const char *data, qint64 size)
{
    if (m_failed) return false;
    if (m_finished) return fail(QStringLiteral("write after the end of the frame"));
    if (!m_started && !begin()) return false;
    m_bytesIn += size;
    while (size > 0) {
        if (m_fill == 0 && size_t(size) >= m_blockSize) {
            if (!compressBlock(data, m_blockSize)) return false;
            data += m_blockSize;
            size -= qint64(m_blockSize);
            continue;
        }
        const size_t n = std::min(size_t(size), m_blockSize - m_fill);
        if (!m_block) m_block = std::make_unique_for_overwrite<char[]>(m_blockSize);
        std::memcpy(m_block.get() + m_fill, data, n);
        m_fill += n;
        data += n;
        size -= qint64(n);
        if (m_fill == m_blockSize) {
            m_fill = 0;
            if (!compressBlock(m_block.get(), m_blockSize)) return false;
        }
    }
    return true;
}

bool Lz4FrameWriter::finish(const char *data, qint64 size)
{
    if (m_failed || m_finished) return write(data, size) && finish();
    if (!m_started && !begin()) return false;
    // Whole blocks go through write() (straight from `data` too); the rest,
    // shorter than a block, is the frame's last block.
    const qint64 whole = m_fill == 0 ? size - size % qint64(m_blockSize) : size;
    if (!write(data, whole)) return false;
    const qint64 rest = size - whole;
    if (rest > 0) {
        m_bytesIn += rest;
        if (!compressBlock(data + whole, size_t(rest))) return false;
    }
    return finish();
}

bool Lz4FrameWriter::finish()
{
    if (m_failed) return false;
    if (m_finished) return true;
    if (!m_started && !begin()) return false;
    m_finished = true;
    if (m_fill > 0 && !compressBlock(m_block.get(), m_fill)) return false;
    m_fill = 0;
    if (!reserve(m_endBound)) return false;
    const size_t n =
        LZ4F_compressEnd(m_ctx, m_dst.get() + m_pending, m_dstCapacity - m_pending, nullptr);
    if (LZ4F_isError(n)) {
        if (LZ4F_getErrorCode(n) == LZ4F_ERROR_frameSize_wrong)
            return fail(QStringLiteral("the input changed size while it was being compressed "
                                       "(expected %1 bytes, read %2)")
                            .arg(m_contentSize)
                            .arg(m_bytesIn));
        return fail(QStringLiteral("cannot end the LZ4 frame: %1")
                        .arg(QLatin1String(LZ4F_getErrorName(n))));
    }
    m_pending += n;
    return flush();
}

} // namespace wm
