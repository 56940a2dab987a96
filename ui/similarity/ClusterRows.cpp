// SPDX-FileCopyrightText: 2026 WhiteMagic contributors
// SPDX-License-Identifier: MIT

#include "ClusterRows.h"

#include <QFile>
#include <unordered_map>

namespace wm::ui {

ClusterRows ClusterRows::from(const FolderSimilarityResult &result, double threshold)
{
    ClusterRows rows;
    rows.filesCompared = qint64(result.files.size());
    rows.filesSkipped = qint64(result.skipped.size());
    rows.threshold = threshold;
    const QByteArray root = QFile::encodeName(result.root);
    rows.clusters.reserve(result.duplicates.clusters.size());
    for (const DuplicateCluster &c : result.duplicates.clusters) {
        // Each member's best pair: the score a reader asks about first.
        std::unordered_map<qsizetype, std::pair<double, bool>> best;
        for (const ScoredPair &p : c.pairs) {
            for (qsizetype m : {p.a, p.b}) {
                auto &[score, exact] = best[m];
                score = std::max(score, p.exact ? 1.0 : p.score);
                exact = exact || p.exact;
            }
        }
        ClusterRow row;
        row.maxScore = c.maxScore;
        row.minScore = c.minScore;
        row.members.reserve(c.members.size());
        for (qsizetype m : c.members) {
            const WalkEntry &file = result.files[size_t(m)];
            ClusterMember member;
            member.relPath = file.relPath;
            member.nativePath = root + '/' + QByteArray::fromStdString(file.nativeRel);
            member.size = file.size;
            const auto it = best.find(m);
            if (it != best.end()) std::tie(member.score, member.exact) = it->second;
            row.exactMembers += member.exact ? 1 : 0;
            row.members.push_back(std::move(member));
        }
        rows.clusters.push_back(std::move(row));
    }
    return rows;
}

} // namespace wm::ui
