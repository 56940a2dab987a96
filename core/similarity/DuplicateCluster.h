// SPDX-FileCopyrightText: 2026 WhiteMagic contributors
// SPDX-License-Identifier: MIT

#pragma once

#include <QStringList>
#include <QtGlobal>
#include <vector>

namespace wm {

// One verified pair: indices into the input documents (a < b).
struct ScoredPair
{
    qsizetype a = 0;
    qsizetype b = 0;
    double score = 0;       // the verified measure (SimilarityOptions::measure), >= threshold
    bool exact = false;     // byte-identical (text-identical in memory); score 1.0
    double wordJaccard = 0; // all three measures, for display (computed for reported pairs)
    double shingleJaccard = 0;
    double cosine = 0;
};

// A group of near-duplicates: the connected components (union-find) of the
// verified pairs, so a cluster may hold two members whose own score is below
// the threshold, linked through a third.
//
// Exact duplicates are found first by content hash; only one representative
// per group of identical texts (the lowest index) takes part in MinHash.
// So `pairs` holds each identical copy paired with its representative
// (exact = true), and each verified near-duplicate pair of representatives;
// an identical copy of a representative is as similar as the representative.
struct DuplicateCluster
{
    std::vector<qsizetype> members; // ascending
    QStringList ids;                // the members' ids (paths for a folder), same order
    std::vector<ScoredPair> pairs;  // ascending by (a, b)
    double maxScore = 0;
    double minScore = 0;
};

} // namespace wm
