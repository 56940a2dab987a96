// SPDX-FileCopyrightText: 2026 WhiteMagic contributors
// SPDX-License-Identifier: MIT

#pragma once

#include "TextNormalizer.h"

#include <QtGlobal>

class QThreadPool;

namespace wm {

// The measure near-duplicate detection verifies candidates with (and the one
// MinHash estimates). Shingles (default) respect word order, so two notes
// with the same vocabulary in a different order are not duplicates.
enum class SimilarityMeasure
{
    ShingleJaccard,
    WordJaccard
};

struct SimilarityOptions
{
    double threshold = 0.8; // a pair is reported when its verified score >= threshold
    SimilarityMeasure measure = SimilarityMeasure::ShingleJaccard;
    int shingleSize = 3; // k, words per shingle (>= 1)
    NormalizeOptions normalize;

    // MinHash / LSH. 0 = chosen for the threshold (LshParameters::forThreshold).
    int hashes = 128; // signature length: at most bands * rows of it is used
    int bands = 0;
    int rows = 0;
    quint64 seed = 0x5eed'1e55'c0ffee11ULL; // same seed, same result

    // Threads: `pool` when given (not owned, e.g. the GUI's shared pool),
    // otherwise a pool of `threads` threads (0: one per core).
    QThreadPool *pool = nullptr;
    int threads = 0;
    int batchIntervalMs = 100; // progress at most this often, on the caller's thread
};

} // namespace wm
