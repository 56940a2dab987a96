// SPDX-FileCopyrightText: 2026 WhiteMagic contributors
// SPDX-License-Identifier: MIT
//
// libFuzzer target: the LZ4 stream reader (frames, skippable, legacy).
#include "FuzzEntryPoints.h"

#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    if (wmfuzz::lz4Reader(data, size) != 0) std::abort();
    return 0;
}
