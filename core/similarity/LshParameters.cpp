// SPDX-FileCopyrightText: 2026 WhiteMagic contributors
// SPDX-License-Identifier: MIT

#include "LshParameters.h"

#include <algorithm>
#include <cmath>

namespace wm {

double LshParameters::candidateProbability(double similarity) const
{
    if (bands <= 0 || rows <= 0) return 0;
    return 1.0 - std::pow(1.0 - std::pow(similarity, rows), bands);
}

LshParameters LshParameters::forThreshold(double threshold, int hashes)
{
    hashes = std::max(1, hashes);
    const double t = std::clamp(threshold, 0.0, 1.0);
    LshParameters best{hashes, 1};
    for (int rows = 1; rows <= hashes; ++rows) {
        const LshParameters p{hashes / rows, rows};
        // Larger rows only lower P(t): stop at the first that misses.
        if (p.candidateProbability(t) < minRecallAtThreshold) break;
        best = p;
    }
    return best;
}

} // namespace wm
