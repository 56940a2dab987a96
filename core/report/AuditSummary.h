// SPDX-FileCopyrightText: 2026 WhiteMagic contributors
// SPDX-License-Identifier: MIT

#pragma once

#include "audit/AuditResult.h"

#include <QHash>
#include <QString>
#include <vector>

namespace wm {

// Aggregates of an audit that every report format shares: per language and
// per directory at a chosen depth.
struct GroupRow : Counts
{
    QString name;
    qint64 files = 0;

    void add(const FileRecord &r)
    {
        ++files;
        *this += static_cast<const Counts &>(r);
    }
};

class AuditSummary
{
public:
    // Languages by code lines, largest first; files of no known language
    // are grouped as "Other", binaries as "Binary".
    [[nodiscard]] static std::vector<GroupRow> byLanguage(const std::vector<FileRecord> &files);
    // byLanguage() one record at a time, for a writer that streams: add
    // each record to groups[languageKey(r)], then languageRows(groups).
    [[nodiscard]] static QString languageKey(const FileRecord &r);
    [[nodiscard]] static std::vector<GroupRow> languageRows(QHash<QString, GroupRow> groups);
    // Directories `depth` levels deep (1 = top level), largest (tokens) first.
    // Files directly in the root count under ".".
    [[nodiscard]] static std::vector<GroupRow> byDirectory(const std::vector<FileRecord> &files,
                                                           int depth);
    // Indexes of the files whose summaries tell the most about the tree.
    [[nodiscard]] static std::vector<size_t> mostInformative(const std::vector<FileRecord> &files,
                                                             size_t count);
    [[nodiscard]] static std::vector<size_t> largest(const std::vector<FileRecord> &files,
                                                     size_t count);
    [[nodiscard]] static QString directoryAt(const QString &path, int depth);
};

} // namespace wm
