// SPDX-FileCopyrightText: 2026 WhiteMagic contributors
// SPDX-License-Identifier: MIT

#pragma once

#include "audit/AuditResult.h"
#include "report/AuditSummary.h"

#include <QIODevice>

namespace wm {

class TreeDigest;

// `wm audit --format json`: one object with root, totals, languages, files
// and, last, "map": the report map's structure (the root's description,
// folders with descriptions and shares as a tree, central files, largest
// files) for programs. Written as a stream, so 100,000 files do not need a
// DOM in memory; the map comes last so a streaming writer can emit the
// files as they come.
class JsonReport
{
public:
    static void write(const AuditResult &result, QIODevice &out);
    // The pieces of write(), for a writer that streams: the head (root,
    // totals, languages, up to the opening of "files"), one file each, the
    // tail. `result.files` is not read by writeHead.
    static void writeHead(const AuditResult &result, const std::vector<GroupRow> &languages,
                          QIODevice &out);
    static void appendFile(const FileRecord &record, bool first, QByteArray &buf);
    // The tail closes "files" and ends with "map", the report map of the
    // digest (TreeDigest, filled record by record) of the same records.
    static void writeTail(const AuditResult &meta, const TreeDigest &digest, QIODevice &out);
    // The value of "map" (an object) for a digest of the audit's records.
    static void writeMap(const AuditResult &meta, const TreeDigest &digest, QIODevice &out);
    [[nodiscard]] static QByteArray quote(const QString &s);
};

} // namespace wm
