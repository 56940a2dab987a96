// SPDX-FileCopyrightText: 2026 WhiteMagic contributors
// SPDX-License-Identifier: MIT

#pragma once

#include "audit/FileRecord.h"

#include <QHash>
#include <QString>
#include <vector>

namespace wm {

// One folder of the map: its totals and the best words found for it.
struct FolderNode
{
    QString path;  // "drivers/gpu" (no trailing '/'); "." for the root
    int depth = 0; // 0: the root, 1: top level
    Counts counts;
    qint64 files = 0;
    QString description; // from its own README, Kconfig, manifest, ...
    int descriptionRank = 0;
    QString descriptionFrom; // the file it came from (ties break by path)
    QString summary;         // else: the informative summary of its most telling file
    double summaryScore = -1;
    QString summaryFrom;

    // The description when there is one, else the fallback summary.
    [[nodiscard]] QString words() const { return description.isEmpty() ? summary : description; }
    [[nodiscard]] QString name() const { return path.section(QLatin1Char('/'), -1); }
};

// The folders of a tree down to `maxDepth`, filled one record at a time
// (memory grows with the folders, not the files). The result does not
// depend on the order of add() calls.
class FolderTree
{
public:
    explicit FolderTree(int maxDepth = 3);

    // `informative`: SummaryFilter's verdict on the record's summary.
    void add(const FileRecord &record, bool informative);

    [[nodiscard]] const FolderNode &root() const { return m_root; }
    // Folders `depth` levels deep, largest (bytes) first, ties by path.
    [[nodiscard]] std::vector<const FolderNode *> atDepth(int depth) const;
    // Folders from depth 2 to maxDepth, largest first (a parent before its
    // children: a child is never larger than its parent).
    [[nodiscard]] std::vector<const FolderNode *> deeper() const;
    [[nodiscard]] std::vector<const FolderNode *> childrenOf(const QString &path) const;
    [[nodiscard]] int maxDepth() const { return m_maxDepth; }
    // How a file's summary ranks as words for a folder `levels` above it.
    // A file named like an entry point ("main.c", "index.md", "__init__.py")
    // speaks for its folder more than its siblings do.
    [[nodiscard]] static bool hasEntryName(const QString &path);
    [[nodiscard]] static double summaryScore(const FileRecord &record, int levels, bool entryName);

private:
    void offer(FolderNode &node, const FileRecord &record, int levels, bool informative,
               bool entryName);

    int m_maxDepth;
    FolderNode m_root;
    QHash<QString, FolderNode> m_nodes;
};

} // namespace wm
