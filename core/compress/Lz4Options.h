// SPDX-FileCopyrightText: 2026 WhiteMagic contributors
// SPDX-License-Identifier: MIT

#pragma once

#include <QtGlobal>

namespace wm {

// LZ4 frame block sizes (the frame format's "block maximum size" ids 4-7).
enum class Lz4BlockSize
{
    Max64KB = 4,
    Max256KB = 5,
    Max1MB = 6,
    Max4MB = 7
};

[[nodiscard]] constexpr qint64 lz4BlockBytes(Lz4BlockSize size) noexcept
{
    return qint64(1) << (8 + 2 * int(size));
}

// How an LZ4 frame is written. The defaults are those of the `lz4` tool
// (level 1, 4 MB independent blocks, content checksum on) so the two
// produce comparable output at the same settings.
struct Lz4Options
{
    // 1-2: fast; 3-12: LZ4 HC (slower, smaller); below 1: faster than 1
    // with acceleration -level (the `lz4 --fast=N` levels).
    int level = 1;
    Lz4BlockSize blockSize = Lz4BlockSize::Max4MB;
    // Linked blocks compress a little better but must be decoded in order.
    bool linkedBlocks = false;
    bool contentChecksum = true;
    bool blockChecksum = false;

    static constexpr int minLevel = -1000;
    static constexpr int maxLevel = 12;
};

} // namespace wm
