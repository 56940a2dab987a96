// SPDX-FileCopyrightText: 2026 WhiteMagic contributors
// SPDX-License-Identifier: MIT

#pragma once

#include "Lz4Options.h"
#include "io/ByteSink.h"

#include <memory>

struct LZ4F_cctx_s;

namespace wm {

// Streams one LZ4 frame (the format of the `lz4` tool) into a sink. Memory
// is bounded by two block buffers whatever the input size. Data arriving in
// whole blocks is compressed straight from the caller's buffer; partial
// writes are gathered into a block first, so every block but the last is
// full size.
//
// A content size given up front goes into the frame header and is checked
// at finish(): if the input turns out longer or shorter (a file changed
// while we read it), finish() fails instead of writing a wrong frame.
class Lz4FrameWriter final : public ByteSink
{
public:
    explicit Lz4FrameWriter(ByteSink &out, const Lz4Options &options = {}, qint64 contentSize = -1);
    ~Lz4FrameWriter() override;
    Lz4FrameWriter(const Lz4FrameWriter &) = delete;
    Lz4FrameWriter &operator=(const Lz4FrameWriter &) = delete;

    bool write(const char *data, qint64 size) override;
    // Compresses what is buffered and writes the end mark and checksum.
    bool finish();
    // write(data, size) then finish(), but the last partial block is
    // compressed straight from `data` when nothing is buffered: a small
    // file read whole is never copied into the block buffer (which is then
    // not even allocated).
    bool finish(const char *data, qint64 size);

    [[nodiscard]] QString errorString() const override { return m_error; }
    [[nodiscard]] qint64 bytesIn() const { return m_bytesIn; }
    [[nodiscard]] qint64 bytesOut() const { return m_bytesOut; }

private:
    bool begin();
    bool compressBlock(const char *data, size_t size);
    // Makes room for `bound` more bytes of output, writing what is pending
    // when they would not fit.
    bool reserve(size_t bound);
    bool flush();
    bool fail(const QString &message);

    ByteSink &m_out;
    Lz4Options m_options;
    qint64 m_contentSize;
    LZ4F_cctx_s *m_ctx = nullptr;
    size_t m_blockSize;
    std::unique_ptr<char[]> m_block;
    size_t m_fill = 0;
    // Output gathers here (header, blocks, end mark) and goes to m_out when
    // the next piece might not fit: a small file is one write(2), not three.
    std::unique_ptr<char[]> m_dst;
    size_t m_dstCapacity = 0;
    size_t m_pending = 0;
    size_t m_endBound = 0; // room the end mark and checksum may need
    qint64 m_bytesIn = 0;
    qint64 m_bytesOut = 0;
    bool m_started = false;
    bool m_finished = false;
    bool m_failed = false;
    QString m_error;
};

} // namespace wm
