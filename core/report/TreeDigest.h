// SPDX-FileCopyrightText: 2026 WhiteMagic contributors
// SPDX-License-Identifier: MIT

#pragma once

#include "AuditSummary.h"
#include "CentralFiles.h"
#include "FolderTree.h"
#include "audit/FileRecord.h"

#include <QHash>
#include <vector>

namespace wm {

// A file listed by size or by error in the report.
struct FileBrief
{
    QString path;
    qint64 bytes = 0;
    qint64 lines = 0;
    QString language; // "binary" for binaries
    QString error;
};

// Everything the report map shows about a tree's files, filled one record
// at a time with bounded memory: per-language totals, the folder tree to
// depth 3 with descriptions, the most central files, the largest files and
// the first unreadable ones. Reports read it instead of the record list, so
// an engine that streams records need not keep them. The result does not
// depend on the order of add() calls (ties break by path).
class TreeDigest
{
public:
    static constexpr size_t largestKept = 20;
    static constexpr size_t errorsKept = 20;

    void add(const FileRecord &record);
    [[nodiscard]] static TreeDigest of(const std::vector<FileRecord> &records);

    [[nodiscard]] const FolderTree &folders() const { return m_folders; }
    [[nodiscard]] const CentralFiles &central() const { return m_central; }
    // Languages by code lines, largest first ("Other", "Binary" as in AuditSummary).
    [[nodiscard]] std::vector<GroupRow> languages() const;
    // Largest first.
    [[nodiscard]] std::vector<FileBrief> largest() const;
    // The first unreadable files and folders in path order.
    [[nodiscard]] std::vector<FileBrief> errors() const;
    [[nodiscard]] qint64 withSummary() const { return m_withSummary; }
    [[nodiscard]] qint64 informativeSummaries() const { return m_informative; }
    [[nodiscard]] qint64 droppedSummaries() const { return m_withSummary - m_informative; }

private:
    FolderTree m_folders;
    CentralFiles m_central;
    QHash<QString, GroupRow> m_languages;
    std::vector<FileBrief> m_largest; // a min-heap on bytes while filling
    std::vector<FileBrief> m_errors;  // a max-heap on path while filling
    qint64 m_withSummary = 0;
    qint64 m_informative = 0;
};

} // namespace wm
