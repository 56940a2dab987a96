#pragma once

#include "AuditStats.h"
#include "AuditTotals.h"
#include "FileRecord.h"

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
    bool cancelled = false;
    QString fatalError; // the root itself could not be walked
};

} // namespace wm
