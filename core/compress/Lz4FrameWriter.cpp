// SPDX-FileCopyrightText: 2026 WhiteMagic contributors
// SPDX-License-Identifier: MIT

#include "Lz4FrameWriter.h"

#include "Lz4Format.h"

#define LZ4F_STATIC_LINKING_ONLY
#include <algorithm>
#include <cstring>
#include <lz4frame.h>

namespace wm {

Lz4FrameWriter::Lz4FrameWriter(ByteSink &out, const Lz4Options &options, qint64 contentSize)
    : m_out(out), m_options(options), m_contentSize(contentSize),
      m_blockSize(size_t(lz4BlockBytes(options.blockSize)))
{
}

Lz4FrameWriter::~Lz4FrameWriter()
{
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
    if (LZ4F_isError(LZ4F_createCompressionContext(&m_ctx, LZ4F_VERSION)))
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

    m_dstCapacity = std::max<size_t>(LZ4F_compressBound(m_blockSize, &prefs), LZ4F_HEADER_SIZE_MAX);
    m_dst = std::make_unique_for_overwrite<char[]>(m_dstCapacity);
    const size_t n = LZ4F_compressBegin(m_ctx, m_dst.get(), m_dstCapacity, &prefs);
    if (LZ4F_isError(n))
        return fail(QStringLiteral("cannot start an LZ4 frame: %1")
                        .arg(QLatin1String(LZ4F_getErrorName(n))));
    return emitOutput(n);
}

bool Lz4FrameWriter::emitOutput(size_t size)
{
    if (size == 0) return true;
    if (!m_out.write(m_dst.get(), qint64(size))) return fail(m_out.errorString());
    m_bytesOut += qint64(size);
    return true;
}

bool Lz4FrameWriter::compressBlock(const char *data, size_t size)
{
    const size_t n = LZ4F_compressUpdate(m_ctx, m_dst.get(), m_dstCapacity, data, size, nullptr);
    if (LZ4F_isError(n))
        return fail(
            QStringLiteral("LZ4 compression failed: %1").arg(QLatin1String(LZ4F_getErrorName(n))));
    return emitOutput(n);
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

bool Lz4FrameWriter::finish()
{
    if (m_failed) return false;
    if (m_finished) return true;
    if (!m_started && !begin()) return false;
    m_finished = true;
    if (m_fill > 0 && !compressBlock(m_block.get(), m_fill)) return false;
    m_fill = 0;
    const size_t n = LZ4F_compressEnd(m_ctx, m_dst.get(), m_dstCapacity, nullptr);
    if (LZ4F_isError(n)) {
        if (LZ4F_getErrorCode(n) == LZ4F_ERROR_frameSize_wrong)
            return fail(QStringLiteral("the input changed size while it was being compressed "
                                       "(expected %1 bytes, read %2)")
                            .arg(m_contentSize)
                            .arg(m_bytesIn));
        return fail(QStringLiteral("cannot end the LZ4 frame: %1")
                        .arg(QLatin1String(LZ4F_getErrorName(n))));
    }
    return emitOutput(n);
}

} // namespace wm
