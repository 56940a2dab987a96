// SPDX-FileCopyrightText: 2026 WhiteMagic contributors
// SPDX-License-Identifier: MIT

#pragma once

#include "similarity/SimilarityOptions.h"

#include <QDateTime>
#include <QStringList>

namespace wm {

struct ConsolidationOptions
{
    // Short-term notes older than this (by `created`) are archived.
    int olderThanDays = 7;
    // The clock the plan is made at (UTC); invalid = now. Fixed in tests.
    QDateTime now;
    // Short-term notes with one of these tags are never archived.
    QStringList keepTags{QStringLiteral("keep"), QStringLiteral("pinned")};
    // Short-term notes with one of these tags move to long_term/.
    QStringList promoteTags{QStringLiteral("heuristic"), QStringLiteral("pattern"),
                            QStringLiteral("proven"), QStringLiteral("decision"),
                            QStringLiteral("insight")};
    // Near-duplicate detection over the bodies of short- and long-term notes
    // (threshold 0.8, shingle Jaccard by default).
    SimilarityOptions similarity;
    // Write a digest note listing what the run did (when it does anything).
    bool digest = true;
};

} // namespace wm
