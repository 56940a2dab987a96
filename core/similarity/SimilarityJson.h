// SPDX-FileCopyrightText: 2026 WhiteMagic contributors
// SPDX-License-Identifier: MIT

#pragma once

#include "FolderSimilarity.h"
#include "TextSimilarity.h"

#include <QJsonObject>

namespace wm {

// The JSON forms `wm similar` prints (and the GUI may save):
// pair:   { "a", "b", "shingleSize", "stopWords",
//           "wordJaccard", "shingleJaccard", "cosine" }
// folder: { "root", "threshold", "measure" ("shingles" | "words"),
//           "shingleSize", "stopWords",
//           "lsh": { "bands", "rows", "hashes", "candidateProbabilityAtThreshold" },
//           "files", "skipped": [ { "path", "error" } ],
//           "stats": { "documents", "emptyDocuments", "exactDuplicates",
//                      "candidatePairs", "verifiedPairs", "rejectedPairs", "wallMs" },
//           "clusters": [ { "members": [path], "minScore", "maxScore",
//                           "pairs": [ { "a", "b", "score", "exact",
//                                        "wordJaccard", "shingleJaccard", "cosine" } ] } ] }
// Scores are numbers in [0, 1]; "score" is the verified measure's.
class SimilarityJson
{
public:
    [[nodiscard]] static QJsonObject pair(const QString &a, const QString &b,
                                          const SimilarityScores &s, const SimilarityOptions &o);
    [[nodiscard]] static QJsonObject folder(const FolderSimilarityResult &r,
                                            const SimilarityOptions &o);
    [[nodiscard]] static QString measureName(SimilarityMeasure m);
};

} // namespace wm
