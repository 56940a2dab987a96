#pragma once

#include "FileRecord.h"

#include <vector>

namespace wm {

struct AuditTotals
{
    qint64 files = 0; // every row, errors and binaries included
    qint64 errors = 0;
    qint64 binaries = 0;
    qint64 bytes = 0;
    qint64 lines = 0;
    qint64 words = 0;
    qint64 code = 0;
    qint64 comments = 0;
    qint64 blanks = 0;
    qint64 tokens = 0;

    void add(const FileRecord &r)
    {
        ++files;
        errors += r.hasError() ? 1 : 0;
        binaries += r.binary ? 1 : 0;
        bytes += r.bytes;
        lines += r.lines;
        words += r.words;
        code += r.code;
        comments += r.comments;
        blanks += r.blanks;
        tokens += r.tokens;
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
