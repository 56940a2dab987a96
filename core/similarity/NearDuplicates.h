// SPDX-FileCopyrightText: 2026 WhiteMagic contributors
// SPDX-License-Identifier: MIT

#pragma once

#include "Document.h"
#include "DuplicateCluster.h"
#include "LshParameters.h"
#include "SimilarityOptions.h"
#include "SimilarityProgress.h"
#include "TextFeatures.h"

#include <functional>
#include <vector>

namespace wm {

class CancelToken;

struct NearDuplicateStats
{
    qint64 documents = 0;
    qint64 emptyDocuments = 0;  // no words: matched only as exact duplicates
    qint64 exactDuplicates = 0; // documents identical to an earlier one
    qint64 candidatePairs = 0;  // distinct pairs proposed by LSH
    qint64 verifiedPairs = 0;   // candidates whose exact score >= threshold
    qint64 rejectedPairs = 0;   // candidates below the threshold (never reported)
    LshParameters lsh;
    double wallMs = 0;
};

struct NearDuplicateResult
{
    // Clusters with two or more members: largest first, then by first member.
    std::vector<DuplicateCluster> clusters;
    NearDuplicateStats stats;
    bool cancelled = false; // then `clusters` is empty
};

// Near-duplicate detection in memory:
//  1. features per document (TextFeatures) in parallel;
//  2. exact duplicates by content hash (XXH3-128 of the text, confirmed by
//     comparing the texts);
//  3. MinHash signatures (options.hashes values of min(a_i * h + b_i) over the
//     shingle or word hashes) and LSH banding (LshParameters) propose pairs;
//  4. each candidate is compared exactly (SimilarityOptions::measure) and kept
//     only when its score >= threshold: every reported pair is verified;
//  5. union-find groups verified pairs into clusters.
// Runs on options.pool (or its own pool), checks `cancel` between chunks of
// work, and calls onProgress on the calling thread, never per document.
// Deterministic: the same input and options give the same clusters.
class NearDuplicates
{
public:
    struct Callbacks
    {
        std::function<void(const SimilarityProgress &)> onProgress;
    };

    [[nodiscard]] static NearDuplicateResult find(const std::vector<Document> &documents,
                                                  const SimilarityOptions &options = {},
                                                  const CancelToken *cancel = nullptr,
                                                  const Callbacks &callbacks = {});

    // The same from features already computed (the folder scan). `contentHashes`
    // holds two 64-bit halves per document (XXH3-128 of its bytes); `ids` names
    // the documents in the clusters.
    struct Prepared
    {
        std::vector<TextFeatures> features;
        std::vector<std::pair<quint64, quint64>> contentHashes;
        QStringList ids;
        // Optional: confirms that two documents with equal hashes are identical.
        std::function<bool(qsizetype, qsizetype)> sameContent;
    };
    [[nodiscard]] static NearDuplicateResult findPrepared(const Prepared &input,
                                                          const SimilarityOptions &options,
                                                          const CancelToken *cancel = nullptr,
                                                          const Callbacks &callbacks = {});
};

} // namespace wm
