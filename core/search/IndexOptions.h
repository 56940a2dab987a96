// SPDX-FileCopyrightText: 2026 WhiteMagic contributors
// SPDX-License-Identifier: MIT

#pragma once

#include "DocumentReader.h"
#include "walk/WalkOptions.h"

namespace wm {

struct IndexOptions
{
    enum class Substring
    {
        Keep,    // maintain the trigram index if this index has one
        Enable,  // build it now if missing, then maintain it
        Disable, // drop it
    };

    WalkOptions walk; // walk.root: the canonical folder
    int threads = 0;  // reader threads; 0: one per core
    // Text indexed per file, at most maxContentLimit (larger values are
    // clamped).
    static constexpr qint64 maxContentLimit = DocumentReader::maxContentLimit;
    qint64 maxContentBytes = DocumentReader::defaultMaxContentBytes;
    Substring substring = Substring::Keep;

    // A transaction ends after this many changes, bytes or milliseconds,
    // whichever comes first: small enough that readers see progress and a
    // kill loses little, large enough to amortise the commit.
    int batchChanges = 2000;
    qint64 batchBytes = qint64(32) << 20;
    int batchMs = 1000;
    // Memory for documents read but not yet written.
    size_t queueBytes = size_t(64) << 20;
};

} // namespace wm
