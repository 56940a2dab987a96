// SPDX-FileCopyrightText: 2026 WhiteMagic contributors
// SPDX-License-Identifier: MIT

#pragma once

#include <QString>
#include <QtGlobal>
#include <cstddef>
#include <cstdint>
#include <cstring>

namespace wm::lz4format {

// Magic numbers of the streams the `lz4` tool writes and reads (all stored
// little-endian): the frame format, skippable frames (16 variants) and the
// legacy format of lz4 before r118 (`lz4 -l`).
constexpr std::uint32_t kFrameMagic = 0x184D2204u;
constexpr std::uint32_t kSkippableMagicMask = 0xFFFFFFF0u;
constexpr std::uint32_t kSkippableMagic = 0x184D2A50u;
constexpr std::uint32_t kLegacyMagic = 0x184C2102u;

// Legacy streams are 8 MiB blocks, each prefixed by its compressed size.
constexpr int kLegacyBlockSize = 8 << 20;

inline std::uint32_t readLE32(const char *p) noexcept
{
    unsigned char b[4];
    std::memcpy(b, p, 4);
    return std::uint32_t(b[0]) | (std::uint32_t(b[1]) << 8) | (std::uint32_t(b[2]) << 16) |
           (std::uint32_t(b[3]) << 24);
}

inline bool isSkippableMagic(std::uint32_t magic) noexcept
{
    return (magic & kSkippableMagicMask) == kSkippableMagic;
}

// A sentence for an LZ4F error code, for messages that name the problem
// ("content checksum mismatch") rather than the library's identifier.
QString describeFrameError(std::size_t code);

} // namespace wm::lz4format
