// SPDX-FileCopyrightText: 2026 WhiteMagic contributors
// SPDX-License-Identifier: MIT

#pragma once

namespace wm {

// LSH banding of a MinHash signature: `bands` bands of `rows` values. Two
// documents of Jaccard similarity s share at least one band, and so become a
// candidate pair, with probability P(s) = 1 - (1 - s^rows)^bands: an S-curve
// that is steep around (1/bands)^(1/rows).
//
// forThreshold(t, hashes) picks, among the splits with bands * rows <= hashes,
// the largest `rows` (fewest false candidates, i.e. least verification work)
// whose P(t) is still >= 0.995, using as many bands as fit (when not even
// one row per band reaches it, as below t = 0.05 with 128 hashes: 1 row and
// every hash a band, the best these hashes can do). A pair at exactly
// the threshold is then missed with probability <= 0.5 %, a pair above it
// less often still (P rises with s). For t = 0.8 and 128 hashes this is
// 21 bands x 6 rows: P(0.8) = 0.998, P(0.9) = 1 - 1e-7, P(0.5) = 0.28,
// P(0.3) = 0.015. Candidates below the threshold cost one exact comparison
// each and are never reported.
struct LshParameters
{
    int bands = 0;
    int rows = 0;

    static constexpr double minRecallAtThreshold = 0.995;

    [[nodiscard]] static LshParameters forThreshold(double threshold, int hashes = 128);
    // P(s) for these parameters.
    [[nodiscard]] double candidateProbability(double similarity) const;
};

} // namespace wm
