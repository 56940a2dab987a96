// SPDX-FileCopyrightText: 2026 WhiteMagic contributors
// SPDX-License-Identifier: MIT

#pragma once

#include "similarity/FolderSimilarity.h"

#include <QByteArray>
#include <QString>
#include <memory>
#include <vector>

namespace wm::ui {

// What the near-duplicates tree shows, built from the engine's result on the
// worker thread so the GUI thread only inserts rows.
struct ClusterMember
{
    QString relPath;       // for display
    QByteArray nativePath; // the file system's bytes of root/relPath, for opening
    qint64 size = 0;
    double score = 0;   // its best verified score within the cluster (1 for a copy)
    bool exact = false; // it has a byte-identical copy in the cluster
};

struct ClusterRow
{
    std::vector<ClusterMember> members;
    double maxScore = 0;
    double minScore = 0;
    int exactMembers = 0; // members with an identical copy in the cluster
};

struct ClusterRows
{
    std::vector<ClusterRow> clusters;
    qint64 filesCompared = 0;
    qint64 filesSkipped = 0;
    double threshold = 0;

    [[nodiscard]] static ClusterRows from(const FolderSimilarityResult &result, double threshold);
};

using ClusterRowsPtr = std::shared_ptr<const ClusterRows>;

} // namespace wm::ui
