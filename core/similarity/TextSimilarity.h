// SPDX-FileCopyrightText: 2026 WhiteMagic contributors
// SPDX-License-Identifier: MIT

#pragma once

#include "TextFeatures.h"

#include <QStringView>
#include <vector>

namespace wm {

struct SimilarityScores
{
    double wordJaccard = 0;    // |A ∩ B| / |A ∪ B| on the sets of distinct words
    double shingleJaccard = 0; // the same on the sets of k-word shingles
    double cosine = 0;         // cosine of the term-frequency vectors
};

// Pairwise similarity of two texts, all in [0, 1].
//
// Empty inputs (texts with no word after normalisation: "", "   ",
// "-- ... !"):
//  - both empty  -> 1.0 for every measure (nothing tells them apart);
//  - one empty   -> 0.0 for every measure (nothing in common).
// Near-duplicate detection (NearDuplicates) does not apply the both-empty
// rule: texts without words only ever pair as byte-identical duplicates.
class TextSimilarity
{
public:
    [[nodiscard]] static double wordJaccard(QStringView a, QStringView b,
                                            const NormalizeOptions &options = {});
    [[nodiscard]] static double shingleJaccard(QStringView a, QStringView b, int shingleSize = 3,
                                               const NormalizeOptions &options = {});
    [[nodiscard]] static double cosine(QStringView a, QStringView b,
                                       const NormalizeOptions &options = {});
    [[nodiscard]] static SimilarityScores scores(QStringView a, QStringView b, int shingleSize = 3,
                                                 const NormalizeOptions &options = {});

    // On precomputed features (the same rules for empty inputs).
    [[nodiscard]] static SimilarityScores scores(const TextFeatures &a, const TextFeatures &b);
    // Jaccard of two ascending, duplicate-free hash sets.
    [[nodiscard]] static double jaccard(const std::vector<quint64> &a,
                                        const std::vector<quint64> &b);
    [[nodiscard]] static double cosine(const TextFeatures &a, const TextFeatures &b);
};

} // namespace wm
