// SPDX-FileCopyrightText: 2026 WhiteMagic contributors
// SPDX-License-Identifier: MIT

#pragma once

#include "io/ByteSource.h"

#include <memory>

struct LZ4F_dctx_s;

namespace wm {

// Decompresses everything the `lz4` tool writes, as a pull stream: any
// number of concatenated LZ4 frames, skippable frames (skipped), and the
// legacy format (`lz4 -l`, 8 MiB blocks each prefixed by its compressed
// size), which liblz4's frame API does not decode. Header, block and content
// checksums are verified by liblz4; a frame's recorded content size is
// checked against what it decodes to.
//
// Anything else is an error that says what is wrong and where (byte offset
// in the compressed input): an unknown magic number, data after the last
// frame, a stream that ends inside a frame, a checksum mismatch. An empty
// input is an error too (the `lz4` tool accepts it, but a zero-byte .lz4
// file is a truncated one far more often than a deliberate empty stream);
// setAcceptEmpty(true) restores the tool's behaviour.
//
// Memory is bounded: one input buffer plus liblz4's per-frame buffers (at
// most about twice the frame's block size), plus 16 MiB for legacy streams.
class Lz4FrameReader final : public ByteSource
{
public:
    // An input buffer of at least the block size plus 8 bytes lets whole
    // blocks decode straight into the caller's buffer (see read()).
    explicit Lz4FrameReader(ByteSource &in, qint64 inputBufferSize = 1 << 20);
    ~Lz4FrameReader() override;
    Lz4FrameReader(const Lz4FrameReader &) = delete;
    Lz4FrameReader &operator=(const Lz4FrameReader &) = delete;

    qint64 read(char *data, qint64 maxSize) override;
    [[nodiscard]] QString errorString() const override { return m_error; }

    // Reads to the end, discarding the output (every checksum is still
    // checked). Returns false on any error.
    bool drain(qint64 *decompressedBytes = nullptr);

    void setAcceptEmpty(bool accept) { m_acceptEmpty = accept; }
    [[nodiscard]] bool atEnd() const { return m_state == State::End; }
    // Compressed bytes consumed so far (for progress and messages).
    [[nodiscard]] qint64 compressedBytes() const { return m_consumed; }
    [[nodiscard]] int frameCount() const { return m_frames; }
    [[nodiscard]] int skippableFrameCount() const { return m_skippables; }
    [[nodiscard]] int legacyStreamCount() const { return m_legacyStreams; }

private:
    enum class State
    {
        Magic,
        Frame,
        Skip,
        Legacy,
        LegacyOut,
        End,
        Failed
    };

    [[nodiscard]] const char *cur() const { return m_in.get() + m_pos; }
    [[nodiscard]] qint64 avail() const { return m_len - m_pos; }
    void consume(qint64 n)
    {
        m_pos += n;
        m_consumed += n;
    }
    bool fill(qint64 need);
    qint64 fail(const QString &message);
    qint64 failInput(const QString &truncatedMessage);
    bool failed(const QString &message)
    {
        fail(message);
        return false;
    }
    bool failedInput(const QString &truncatedMessage)
    {
        failInput(truncatedMessage);
        return false;
    }
    bool stepMagic();
    // One step of read() in each state: false when read() must return
    // `ret` now (an error, or output handed over before waiting on input).
    bool stepSkip(qint64 &ret);
    bool stepFrame(char *data, qint64 maxSize, qint64 &produced, qint64 &ret);
    bool stepLegacy(char *data, qint64 maxSize, qint64 &produced, qint64 &ret);
    bool decodeLegacyBlock(qint64 size, char *dst, qint64 room, qint64 &producedDirect);

    ByteSource &m_src;
    LZ4F_dctx_s *m_dctx = nullptr;
    std::unique_ptr<char[]> m_in;
    qint64 m_capacity;
    qint64 m_pos = 0;
    qint64 m_len = 0;
    bool m_eof = false;
    bool m_ioError = false;
    bool m_acceptEmpty = false;
    State m_state = State::Magic;
    qint64 m_consumed = 0;
    qint64 m_frameStart = 0;
    qint64 m_skipLeft = 0;
    qint64 m_hint = 0; // input liblz4 wants next (LZ4F_decompress's return)
    int m_streams = 0;
    int m_frames = 0;
    int m_skippables = 0;
    int m_legacyStreams = 0;
    int m_stalls = 0;
    std::unique_ptr<char[]> m_legacyIn;
    std::unique_ptr<char[]> m_legacyOut;
    qint64 m_legacyOutPos = 0;
    qint64 m_legacyOutLen = 0;
    QString m_error;
};

} // namespace wm
