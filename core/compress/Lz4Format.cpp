// SPDX-FileCopyrightText: 2026 WhiteMagic contributors
// SPDX-License-Identifier: MIT

#include "Lz4Format.h"

#define LZ4F_STATIC_LINKING_ONLY
#include <lz4frame.h>

namespace wm::lz4format {

QString describeFrameError(std::size_t code)
{
    switch (LZ4F_getErrorCode(code)) {
    case LZ4F_ERROR_contentChecksum_invalid:
        return QStringLiteral("content checksum mismatch: the data is corrupt");
    case LZ4F_ERROR_blockChecksum_invalid:
        return QStringLiteral("block checksum mismatch: the data is corrupt");
    case LZ4F_ERROR_headerChecksum_invalid:
        return QStringLiteral("frame header checksum mismatch: the header is corrupt");
    case LZ4F_ERROR_decompressionFailed:
        return QStringLiteral("corrupt compressed block");
    case LZ4F_ERROR_frameSize_wrong:
        return QStringLiteral(
            "the decompressed size differs from the size recorded in the frame header");
    case LZ4F_ERROR_headerVersion_wrong:
    case LZ4F_ERROR_reservedFlag_set:
    case LZ4F_ERROR_maxBlockSize_invalid:
    case LZ4F_ERROR_blockMode_invalid:
    case LZ4F_ERROR_contentChecksumFlag_invalid:
    case LZ4F_ERROR_frameType_unknown:
    case LZ4F_ERROR_frameHeader_incomplete:
        return QStringLiteral("invalid frame header (%1)")
            .arg(QLatin1String(LZ4F_getErrorName(code)));
    case LZ4F_ERROR_allocation_failed:
        return QStringLiteral("out of memory");
    default:
        return QStringLiteral("corrupt LZ4 data (%1)").arg(QLatin1String(LZ4F_getErrorName(code)));
    }
}

} // namespace wm::lz4format
