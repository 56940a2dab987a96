// SPDX-FileCopyrightText: 2026 WhiteMagic contributors
// SPDX-License-Identifier: MIT

#pragma once

#include "FileRecord.h"

#include <vector>

namespace wm {

// The sums over a whole audit: the Counts of every record, and how many
// records there were, failed and were binary.
struct AuditTotals : Counts
{
    qint64 files = 0; // every file row, errors and binaries included
    qint64 errors = 0;
    qint64 binaries = 0;
    qint64 unreadableFolders = 0; // folder rows: a folder that could not be listed is no file
    qint64 linkedFolders = 0;     // link rows: folders listed under their real path

    void add(const FileRecord &r)
    {
        if (r.isFolder()) {
            ++(r.hasError() ? unreadableFolders : linkedFolders);
            return;
        }
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
