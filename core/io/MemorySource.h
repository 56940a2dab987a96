// SPDX-FileCopyrightText: 2026 WhiteMagic contributors
// SPDX-License-Identifier: MIT

#pragma once

#include "ByteSource.h"

#include <algorithm>
#include <cstring>

namespace wm {

// Reads from memory the caller keeps alive; `chunk` caps every read so tests
// and fuzz targets can exercise the streaming paths with tiny reads.
class MemorySource final : public ByteSource
{
public:
    MemorySource(const char *data, qint64 size, qint64 chunk = 0)
        : m_data(data), m_size(size), m_chunk(chunk)
    {
    }

    qint64 read(char *data, qint64 maxSize) override
    {
        qint64 n = std::min(maxSize, m_size - m_pos);
        if (m_chunk > 0) n = std::min(n, m_chunk);
        if (n > 0) std::memcpy(data, m_data + m_pos, size_t(n));
        m_pos += n;
        return n;
    }
    [[nodiscard]] QString errorString() const override { return {}; }

private:
    const char *m_data;
    qint64 m_size;
    qint64 m_chunk;
    qint64 m_pos = 0;
};

} // namespace wm
