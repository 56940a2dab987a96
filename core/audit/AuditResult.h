// SPDX-FileCopyrightText: 2026 WhiteMagic contributors
// SPDX-License-Identifier: MIT

#pragma once

#include "AuditStats.h"
#include "AuditTotals.h"
#include "FileRecord.h"
#include "walk/IgnoredCounts.h"

#include <QString>
#include <vector>

namespace wm {

struct AuditResult
{
    QString root;                  // the folder as given, cleaned
    std::vector<FileRecord> files; // sorted by path
    AuditTotals totals;
    AuditStats stats;
    qint64 omittedByLimit = 0; // files beyond --max-files
    IgnoredCounts ignored;     // entries hidden by ignore rules, by kind of rule
    bool cancelled = false;
    QString fatalError; // the root itself could not be walked
};

} // namespace wm
