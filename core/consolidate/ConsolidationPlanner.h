// SPDX-FileCopyrightText: 2026 WhiteMagic contributors
// SPDX-License-Identifier: MIT

#pragma once

#include "ConsolidationPlan.h"

#include <functional>

namespace wm {

class CancelToken;

// Progress of making a plan, in batches on the calling thread.
struct PlanProgress
{
    enum class Phase
    {
        Reading,    // notes read and parsed
        Similarity, // near-duplicate detection (NearDuplicates)
        Deciding,   // actions, merges and the digest
        Finished
    };
    Phase phase = Phase::Reading;
    qint64 done = 0;
    qint64 total = 0; // 0 while unknown
};

// Reads a memory store and decides what consolidation would do. Changes
// nothing; runs without an event loop (similarity uses options.similarity's
// pool or its own); checks `cancel` between phases and batches.
class ConsolidationPlanner
{
public:
    [[nodiscard]] static ConsolidationPlan
    plan(const QString &root, const ConsolidationOptions &options = {},
         const CancelToken *cancel = nullptr,
         const std::function<void(const PlanProgress &)> &onProgress = {});
};

} // namespace wm
