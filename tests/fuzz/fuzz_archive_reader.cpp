// SPDX-FileCopyrightText: 2026 WhiteMagic contributors
// SPDX-License-Identifier: MIT
//
// libFuzzer target: .tar.lz4 listing and verification (tar parsing through
// libarchive, member-name rules, manifest parsing and comparison).
#include "FuzzEntryPoints.h"

#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    if (wmfuzz::archiveReader(data, size) != 0) std::abort();
    return 0;
}
