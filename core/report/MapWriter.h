// SPDX-FileCopyrightText: 2026 WhiteMagic contributors
// SPDX-License-Identifier: MIT

#pragma once

#include "MarkdownLayout.h"
#include "TreeDigest.h"
#include "audit/AuditResult.h"

#include <QDateTime>
#include <QHash>
#include <QStringList>

namespace wm {

// Writes the Markdown report map for one layout: what the tree is, its
// folders as a tree with descriptions, the central files, languages,
// largest and unreadable files, and what it left out. Everything it needs
// is prepared once in the constructor, so the budget allocator can try many
// layouts cheaply.
class MapWriter
{
public:
    // `meta`: the audit's root, totals and flags (its `files` are not read).
    MapWriter(const AuditResult &meta, const TreeDigest &digest, QDateTime generated,
              qint64 budgetTokens);

    [[nodiscard]] QString body(const MarkdownLayout &layout) const;
    // Everything shown: the most the report can say.
    [[nodiscard]] MarkdownLayout richest() const;
    [[nodiscard]] int topFolderCount() const { return int(m_top.size()); }

private:
    [[nodiscard]] QString header(const MarkdownLayout &layout) const;
    [[nodiscard]] QString folders(const MarkdownLayout &layout) const;
    [[nodiscard]] QString folderLine(const FolderNode &node, int form, bool words) const;
    void children(QString &out, const FolderNode &node, int deeper) const;
    [[nodiscard]] QString centralFiles(int count) const;
    [[nodiscard]] QString languageTable(int rows) const;
    [[nodiscard]] QString largestFiles(int count) const;
    [[nodiscard]] QString unreadable(int count) const;
    [[nodiscard]] QStringList leftOut(const MarkdownLayout &layout) const;

    const AuditResult &m_meta;
    const TreeDigest &m_digest;
    QDateTime m_generated;
    qint64 m_budget;
    std::vector<const FolderNode *> m_top;
    std::vector<const FolderNode *> m_deeper;
    QHash<QString, std::vector<const FolderNode *>> m_children; // by parent path, largest first
    QHash<const FolderNode *, int> m_rank;                      // place in m_deeper
    std::vector<CentralFile> m_central;
    std::vector<GroupRow> m_languages;
    std::vector<FileBrief> m_largest;
    std::vector<FileBrief> m_errors;
};

} // namespace wm
