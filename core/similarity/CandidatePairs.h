// SPDX-FileCopyrightText: 2026 WhiteMagic contributors
// SPDX-License-Identifier: MIT

#pragma once

#include "LshParameters.h"

#include <QtGlobal>
#include <vector>

class QThreadPool;

namespace wm {

class CancelToken;

// LSH banding over MinHash signatures: documents whose signatures agree on
// every row of at least one band become a candidate pair. Each band is
// bucketed by sorting (band hash, document) on its own task.
class CandidatePairs
{
public:
    // `signatures` holds `count` signatures of `stride` values each (stride
    // >= bands * rows). Returns distinct pairs packed as (i << 32) | j, i < j,
    // ascending; empty when cancelled.
    [[nodiscard]] static std::vector<quint64> find(const std::vector<quint32> &signatures,
                                                   qsizetype count, int stride, LshParameters lsh,
                                                   QThreadPool &pool, const CancelToken *cancel);

    static quint32 first(quint64 pair) { return quint32(pair >> 32); }
    static quint32 second(quint64 pair) { return quint32(pair); }
};

} // namespace wm
