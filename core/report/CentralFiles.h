// SPDX-FileCopyrightText: 2026 WhiteMagic contributors
// SPDX-License-Identifier: MIT

#pragma once

#include "audit/FileRecord.h"

#include <QHash>
#include <QString>
#include <array>
#include <vector>

namespace wm {

struct CentralFile
{
    QString path;
    QString summary;         // empty when the file's summary says nothing
    qint64 references = 0;   // include/import lines of other files that name it
    bool entryPoint = false; // main, __main__, index, the root's build files
};

// Ranks the files of a tree by how central they are: entry points first,
// then the files most referenced by the others (include/import in-degree,
// from the hashed keys the audit put on each record, text/ReferenceKeys).
// Memory is bounded: at most `maxKeys` reference counts and `maxCandidates`
// files are kept; past that the least referenced are dropped, so on huge
// trees the ranking is approximate (the top survives).
class CentralFiles
{
public:
    static constexpr qsizetype maxKeys = 1 << 18;
    static constexpr size_t maxCandidates = 1 << 16;

    // `informative`: SummaryFilter's verdict on the record's summary.
    void add(const FileRecord &record, bool informative);
    // The `count` most central files, entry points first. Files that share
    // their key with one already listed (asm/io.h in twenty architectures)
    // are counted in `similar` instead of listed.
    [[nodiscard]] std::vector<CentralFile> top(size_t count) const;
    [[nodiscard]] static bool isEntryPoint(const QString &path);

private:
    struct Candidate
    {
        QString path;
        QString summary;
        std::array<quint64, 3> keys{};
        quint8 keyCount = 0;
        bool entryPoint = false;
    };
    [[nodiscard]] qint64 referencesOf(const Candidate &c) const;
    void prune();

    QHash<quint64, qint64> m_counts;
    std::vector<Candidate> m_candidates;
};

} // namespace wm
