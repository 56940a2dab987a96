// SPDX-FileCopyrightText: 2026 WhiteMagic contributors
// SPDX-License-Identifier: MIT

#pragma once

// The code the fuzz targets run, shared with the Qt Test that replays a
// corpus and random mutations through it (tests/auto/compress), so CI
// exercises the same paths without clang's libFuzzer.

#include <cstddef>
#include <cstdint>

namespace wmfuzz {

// Decodes `data` as an LZ4 stream three ways (large reads, a source that
// yields one byte at a time, small output reads). Returns non-zero if they
// disagree, or if a successful decode does not survive a re-encode round
// trip: a logic bug, not just bad input.
int lz4Reader(const std::uint8_t *data, std::size_t size);

// The first byte picks the mode: even, the rest is a .tar.lz4 archive as is;
// odd, the rest is a raw tar that is LZ4-compressed first, so mutations
// reach the tar and manifest code without first having to forge LZ4
// checksums. Lists and verifies it; returns non-zero if verify accepts what
// list rejects.
int archiveReader(const std::uint8_t *data, std::size_t size);

} // namespace wmfuzz
