// SPDX-FileCopyrightText: 2026 WhiteMagic contributors
// SPDX-License-Identifier: MIT

#pragma once

#include <QtGlobal>

namespace wm {

// Progress of a near-duplicate run, reported in batches on the caller's
// thread. `done` and `total` count the current phase's units.
struct SimilarityProgress
{
    enum class Phase
    {
        Reading,    // texts (files, for a folder) turned into features
        Signatures, // features and MinHash signatures computed
        Candidates, // LSH bands bucketed
        Verifying,  // candidate pairs compared exactly
        Finished
    };
    Phase phase = Phase::Reading;
    qint64 done = 0;
    qint64 total = 0; // 0 while unknown (a folder walk still listing)
    qint64 candidatePairs = 0;
    qint64 verifiedPairs = 0;
};

} // namespace wm
