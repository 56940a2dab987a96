// SPDX-FileCopyrightText: 2026 WhiteMagic contributors
// SPDX-License-Identifier: MIT

#include "ClusterBuilder.h"

#include "TextSimilarity.h"
#include "UnionFind.h"

#include <algorithm>
#include <map>

namespace wm {

std::vector<DuplicateCluster> ClusterBuilder::build(std::vector<ScoredPair> pairs,
                                                    const std::vector<TextFeatures> &features,
                                                    const QStringList &ids)
{
    UnionFind sets(qsizetype(features.size()));
    for (const ScoredPair &p : pairs)
        sets.unite(p.a, p.b);
    std::sort(pairs.begin(), pairs.end(), [](const ScoredPair &x, const ScoredPair &y) {
        return std::pair(x.a, x.b) < std::pair(y.a, y.b);
    });
    // Keyed by the root; members are added in ascending order below.
    std::map<qsizetype, DuplicateCluster> byRoot;
    for (ScoredPair &p : pairs) {
        if (p.exact) {
            p.wordJaccard = p.shingleJaccard = p.cosine = 1.0;
        } else {
            const SimilarityScores s =
                TextSimilarity::scores(features[size_t(p.a)], features[size_t(p.b)]);
            p.wordJaccard = s.wordJaccard;
            p.shingleJaccard = s.shingleJaccard;
            p.cosine = s.cosine;
        }
        DuplicateCluster &c = byRoot[sets.find(p.a)];
        if (c.pairs.empty()) c.minScore = c.maxScore = p.score;
        c.minScore = std::min(c.minScore, p.score);
        c.maxScore = std::max(c.maxScore, p.score);
        c.members.push_back(p.a);
        c.members.push_back(p.b);
        c.pairs.push_back(p);
    }
    std::vector<DuplicateCluster> out;
    out.reserve(byRoot.size());
    for (auto &[root, c] : byRoot) {
        std::sort(c.members.begin(), c.members.end());
        c.members.erase(std::unique(c.members.begin(), c.members.end()), c.members.end());
        for (qsizetype m : c.members)
            c.ids << (m < ids.size() ? ids.at(m) : QString::number(m));
        out.push_back(std::move(c));
    }
    std::sort(out.begin(), out.end(), [](const DuplicateCluster &x, const DuplicateCluster &y) {
        if (x.members.size() != y.members.size()) return x.members.size() > y.members.size();
        return x.members.front() < y.members.front();
    });
    return out;
}

} // namespace wm
