// SPDX-FileCopyrightText: 2026 WhiteMagic contributors
// SPDX-License-Identifier: MIT

#pragma once

#include "DuplicateCluster.h"
#include "TextFeatures.h"

#include <QStringList>
#include <vector>

namespace wm {

// Groups verified pairs into clusters (UnionFind) and fills in each pair's
// three scores for display.
class ClusterBuilder
{
public:
    // `pairs` carry a, b, score and exact; the rest is filled in here.
    [[nodiscard]] static std::vector<DuplicateCluster>
    build(std::vector<ScoredPair> pairs, const std::vector<TextFeatures> &features,
          const QStringList &ids);
};

} // namespace wm
