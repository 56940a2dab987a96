// SPDX-FileCopyrightText: 2026 WhiteMagic contributors
// SPDX-License-Identifier: MIT

#include "Lz4FrameReader.h"

#include "Lz4Format.h"

#include <algorithm>
#include <cstring>
#include <lz4.h>
#include <lz4frame.h>

namespace wm {

using namespace lz4format;

namespace {

constexpr qint64 kLegacyBound = LZ4_COMPRESSBOUND(kLegacyBlockSize);

QString hex32(std::uint32_t v)
{
    return QStringLiteral("%1").arg(v, 8, 16, QLatin1Char('0'));
}

} // namespace

Lz4FrameReader::Lz4FrameReader(ByteSource &in, qint64 inputBufferSize)
    : m_src(in), m_capacity(std::max<qint64>(inputBufferSize, 64))
{
}

Lz4FrameReader::~Lz4FrameReader()
{
    if (m_dctx) LZ4F_freeDecompressionContext(m_dctx);
}

qint64 Lz4FrameReader::fail(const QString &message)
{
    if (m_state != State::Failed) m_error = message;
    m_state = State::Failed;
    return -1;
}

// An input that stopped early is either a read error (reported as such) or
// a truncated stream.
qint64 Lz4FrameReader::failInput(const QString &truncatedMessage)
{
    if (m_ioError) return fail(m_src.errorString());
    return fail(truncatedMessage);
}

bool Lz4FrameReader::fill(qint64 need)
{
    if (avail() >= need) return true;
    if (m_eof || m_ioError) return false;
    if (!m_in) m_in = std::make_unique_for_overwrite<char[]>(size_t(m_capacity));
    if (m_pos > 0) {
        const qint64 left = avail();
        if (left > 0) std::memmove(m_in.get(), m_in.get() + m_pos, size_t(left));
        m_len = left;
        m_pos = 0;
    }
    while (m_len < need) {
        const qint64 n = m_src.read(m_in.get() + m_len, m_capacity - m_len);
        if (n < 0) {
            m_ioError = true;
            return false;
        }
        if (n == 0) {
            m_eof = true;
            return false;
        }
        m_len += n;
    }
    return true;
}

// Looks at the next magic number and enters the matching state. Returns
// false after recording an error.
bool Lz4FrameReader::stepMagic()
{
    if (!fill(4)) {
        if (m_ioError) return failedInput({});
        if (avail() == 0) {
            if (m_streams == 0 && !m_acceptEmpty)
                return failed(QStringLiteral("empty input: it contains no LZ4 frame"));
            m_state = State::End;
            return true;
        }
        return failed(
            QStringLiteral("truncated or trailing garbage: %1 stray byte(s) after byte %2")
                .arg(avail())
                .arg(m_consumed));
    }
    const std::uint32_t magic = readLE32(cur());
    m_frameStart = m_consumed;
    if (magic == kFrameMagic) {
        if (!m_dctx && LZ4F_isError(LZ4F_createDecompressionContext(&m_dctx, LZ4F_VERSION)))
            return failed(QStringLiteral("out of memory"));
        LZ4F_resetDecompressionContext(m_dctx);
        m_hint = 0;
        m_state = State::Frame;
        return true;
    }
    if (isSkippableMagic(magic)) {
        if (!fill(8))
            return failedInput(
                QStringLiteral(
                    "truncated: the input ends inside a skippable frame header at byte %1")
                    .arg(m_consumed));
        m_skipLeft = qint64(readLE32(cur() + 4));
        consume(8);
        m_state = State::Skip;
        return true;
    }
    if (magic == kLegacyMagic) {
        consume(4);
        m_state = State::Legacy;
        return true;
    }
    if (m_streams == 0)
        return failed(QStringLiteral("not LZ4 data (unknown magic number 0x%1)").arg(hex32(magic)));
    return failed(QStringLiteral("unexpected data after the last LZ4 frame, at byte %1 "
                                 "(magic number 0x%2)")
                      .arg(m_consumed)
                      .arg(hex32(magic)));
}

bool Lz4FrameReader::decodeLegacyBlock(qint64 size, char *dst, qint64 room, qint64 &producedDirect)
{
    producedDirect = 0;
    const char *src = nullptr;
    bool inPlace = false;
    if (avail() >= size) {
        src = cur();
        inPlace = true;
    } else {
        // The block is larger than what is buffered: gather it in one piece.
        if (!m_legacyIn) m_legacyIn = std::make_unique_for_overwrite<char[]>(size_t(kLegacyBound));
        qint64 have = avail();
        if (have > 0) std::memcpy(m_legacyIn.get(), cur(), size_t(have));
        consume(have);
        while (have < size) {
            const qint64 n = m_eof ? 0 : m_src.read(m_legacyIn.get() + have, size - have);
            if (n < 0) {
                m_ioError = true;
                return failedInput({});
            }
            if (n == 0) {
                m_eof = true;
                return failed(QStringLiteral("truncated: the input ends inside a legacy block "
                                             "starting at byte %1")
                                  .arg(m_frameStart));
            }
            have += n;
            m_consumed += n;
        }
        src = m_legacyIn.get();
    }
    char *out = dst;
    if (room < kLegacyBlockSize) {
        if (!m_legacyOut) m_legacyOut = std::make_unique_for_overwrite<char[]>(kLegacyBlockSize);
        out = m_legacyOut.get();
    }
    const int n = LZ4_decompress_safe(src, out, int(size), kLegacyBlockSize);
    if (inPlace) consume(size);
    if (n < 0) return failed(QStringLiteral("corrupt legacy block at byte %1").arg(m_frameStart));
    if (out == dst) {
        producedDirect = n;
    } else {
        m_legacyOutPos = 0;
        m_legacyOutLen = n;
        m_state = State::LegacyOut;
    }
    return true;
}

bool Lz4FrameReader::stepSkip(qint64 &ret)
{
    if (m_skipLeft == 0) {
        ++m_streams;
        ++m_skippables;
        m_state = State::Magic;
        return true;
    }
    if (avail() == 0 && !fill(1)) {
        ret = failInput(QStringLiteral("truncated: the input ends inside a skippable frame "
                                       "starting at byte %1")
                            .arg(m_frameStart));
        return false;
    }
    const qint64 n = std::min(avail(), m_skipLeft);
    consume(n);
    m_skipLeft -= n;
    return true;
}

bool Lz4FrameReader::stepFrame(char *data, qint64 maxSize, qint64 &produced, qint64 &ret)
{
    ret = produced;
    // Honour the decoder's hint (the rest of the current block plus the next
    // block header): with a whole block in our buffer, liblz4 decodes it
    // straight into the caller's memory instead of first copying it into
    // its own.
    if (m_hint > avail() && m_hint <= m_capacity && !m_eof) {
        if (produced > 0) return false; // hand over before blocking
        fill(m_hint);                   // may stop short at the end
        if (m_ioError) {
            ret = failInput({});
            return false;
        }
    }
    // Always offer the decoder a turn, even with no new input: it may still
    // hold decoded bytes that did not fit last time.
    size_t dstSize = size_t(maxSize - produced);
    size_t srcSize = size_t(avail());
    const size_t hint =
        LZ4F_decompress(m_dctx, data + produced, &dstSize, cur(), &srcSize, nullptr);
    consume(qint64(srcSize));
    produced += qint64(dstSize);
    ret = produced;
    m_hint = LZ4F_isError(hint) ? 0 : qint64(hint);
    if (LZ4F_isError(hint)) {
        ret = fail(QStringLiteral("%1 (in the frame starting at byte %2)")
                       .arg(describeFrameError(hint))
                       .arg(m_frameStart));
        return false;
    }
    if (hint == 0) {
        ++m_streams;
        ++m_frames;
        m_state = State::Magic;
        return true;
    }
    if (srcSize > 0 || dstSize > 0) return true;
    if (avail() > 0) {
        if (++m_stalls <= 4) return true;
        ret = fail(QStringLiteral("the LZ4 decoder made no progress at byte %1").arg(m_consumed));
        return false;
    }
    // Hand over what we have rather than wait on a slow pipe.
    if (produced > 0) return false;
    if (!fill(1)) {
        ret = failInput(QStringLiteral("truncated: the input ends inside the LZ4 frame "
                                       "starting at byte %1")
                            .arg(m_frameStart));
        return false;
    }
    m_stalls = 0;
    return true;
}

bool Lz4FrameReader::stepLegacy(char *data, qint64 maxSize, qint64 &produced, qint64 &ret)
{
    ret = -1;
    if (!fill(4)) {
        if (m_ioError) {
            ret = failInput({});
            return false;
        }
        if (avail() != 0) {
            ret = fail(QStringLiteral("truncated: the input ends inside a legacy block header "
                                      "at byte %1")
                           .arg(m_consumed));
            return false;
        }
        ++m_streams;
        ++m_legacyStreams;
        m_state = State::Magic;
        return true;
    }
    const qint64 size = qint64(readLE32(cur()));
    if (size > kLegacyBound) {
        // Not a block size: the next stream's magic number.
        ++m_streams;
        ++m_legacyStreams;
        m_state = State::Magic;
        return true;
    }
    m_frameStart = m_consumed;
    consume(4);
    if (size == 0) {
        ret = fail(QStringLiteral("corrupt legacy block at byte %1").arg(m_frameStart));
        return false;
    }
    qint64 direct = 0;
    if (!decodeLegacyBlock(size, data + produced, maxSize - produced, direct)) return false;
    produced += direct;
    return true;
}

qint64 Lz4FrameReader::read(char *data, qint64 maxSize)
{
    qint64 produced = 0;
    qint64 ret = 0;
    while (produced < maxSize) {
        switch (m_state) {
        case State::Failed:
            return -1;
        case State::End:
            return produced;
        case State::Magic:
            if (!stepMagic()) return -1;
            break;
        case State::Skip:
            if (!stepSkip(ret)) return ret;
            break;
        case State::Frame:
            if (!stepFrame(data, maxSize, produced, ret)) return ret;
            break;
        case State::Legacy:
            if (!stepLegacy(data, maxSize, produced, ret)) return ret;
            break;
        case State::LegacyOut: {
            const qint64 n = std::min(maxSize - produced, m_legacyOutLen - m_legacyOutPos);
            std::memcpy(data + produced, m_legacyOut.get() + m_legacyOutPos, size_t(n));
            produced += n;
            m_legacyOutPos += n;
            if (m_legacyOutPos == m_legacyOutLen) m_state = State::Legacy;
            break;
        }
        }
    }
    return produced;
}

bool Lz4FrameReader::drain(qint64 *decompressedBytes)
{
    constexpr qint64 kChunk = 1 << 20;
    const auto buffer = std::make_unique_for_overwrite<char[]>(kChunk);
    qint64 total = 0;
    for (;;) {
        const qint64 n = read(buffer.get(), kChunk);
        if (n < 0) return false;
        if (n == 0 && m_state == State::End) break;
        total += n;
    }
    if (decompressedBytes) *decompressedBytes = total;
    return true;
}

} // namespace wm
