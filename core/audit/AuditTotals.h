#pragma once

#include "FileRecord.h"

#include <vector>

namespace wm {

// The sums over a whole audit: the Counts of every record, and how many
// records there were, failed and were binary.
struct AuditTotals : Counts
{
    qint64 files = 0; // every row, errors and binaries included
    qint64 errors = 0;
    qint64 binaries = 0;

    void add(const FileRecord &r)
    {
        ++files;
        errors += r.hasError() ? 1 : 0;
        binaries += r.binary ? 1 : 0;
        *this += static_cast<const Counts &>(r);
    }
    static AuditTotals of(const std::vector<FileRecord> &records)
    {
        AuditTotals t;
        for (const FileRecord &r : records)
            t.add(r);
        return t;
    }
    bool operator==(const AuditTotals &) const = default;
};

} // namespace wm
