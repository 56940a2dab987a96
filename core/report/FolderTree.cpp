// SPDX-FileCopyrightText: 2026 WhiteMagic contributors
// SPDX-License-Identifier: MIT

#include "FolderTree.h"

#include "SummaryFilter.h"
#include "text/FolderDescription.h"

#include <algorithm>
#include <cmath>

namespace wm {
namespace {

bool largerFirst(const FolderNode *a, const FolderNode *b)
{
    if (a->counts.bytes != b->counts.bytes) return a->counts.bytes > b->counts.bytes;
    if (a->depth != b->depth) return a->depth < b->depth;
    return a->path < b->path;
}

} // namespace

FolderTree::FolderTree(int maxDepth) : m_maxDepth(maxDepth)
{
    m_root.path = QStringLiteral(".");
}

bool FolderTree::hasEntryName(const QString &path)
{
    const QString name =
        QStringView(path).mid(path.lastIndexOf(QLatin1Char('/')) + 1).toString().toLower();
    return name.startsWith(QLatin1String("main.")) || name.startsWith(QLatin1String("index.")) ||
           name.startsWith(QLatin1String("__init__.")) || name.startsWith(QLatin1String("mod.")) ||
           name.startsWith(QLatin1String("lib."));
}

double FolderTree::summaryScore(const FileRecord &r, int levels, bool entryName)
{
    double score = std::log2(2.0 + double(r.tokens)) / (1.0 + levels);
    if (r.language == QLatin1String("Markdown") || r.language == QLatin1String("reStructuredText"))
        score *= 2.0;
    if (entryName) score *= 1.5;
    return score;
}

void FolderTree::offer(FolderNode &node, const FileRecord &r, int levels, bool informative,
                       bool entryName)
{
    node.counts += static_cast<const Counts &>(r);
    ++node.files;
    if (levels == 0 && !r.description.isEmpty() && SummaryFilter::isInformative(r.description)) {
        const int rank = FolderDescription::rank(FolderDescription::kindOf(r.path.toStdString()));
        if (rank > node.descriptionRank ||
            (rank == node.descriptionRank && r.path < node.descriptionFrom)) {
            node.description = r.description;
            node.descriptionRank = rank;
            node.descriptionFrom = r.path;
        }
    }
    const double score = informative && !r.binary ? summaryScore(r, levels, entryName) : -1;
    if (score > node.summaryScore ||
        (score >= 0 && score == node.summaryScore && r.path < node.summaryFrom)) {
        node.summary = r.summary;
        node.summaryScore = score;
        node.summaryFrom = r.path;
    }
}

void FolderTree::add(const FileRecord &r, bool informative)
{
    if (r.isFolder()) return;
    // The folders above the file, from the top: "a/b/c.h" is in "a", "a/b".
    const int fileDepth = int(r.path.count(QLatin1Char('/')));
    // Once per file, not once per folder above it: a million-file report
    // asks this of every file.
    const bool entryName = informative && !r.binary && hasEntryName(r.path);
    offer(m_root, r, fileDepth, informative, entryName);
    qsizetype end = -1;
    for (int d = 1; d <= std::min(fileDepth, m_maxDepth); ++d) {
        end = r.path.indexOf(QLatin1Char('/'), end + 1);
        const QString folder = r.path.left(end);
        FolderNode &node = m_nodes[folder];
        if (node.path.isEmpty()) {
            node.path = folder;
            node.depth = d;
        }
        offer(node, r, fileDepth - d, informative, entryName);
    }
}

std::vector<const FolderNode *> FolderTree::atDepth(int depth) const
{
    std::vector<const FolderNode *> out;
    for (const FolderNode &n : m_nodes)
        if (n.depth == depth) out.push_back(&n);
    std::sort(out.begin(), out.end(), largerFirst);
    return out;
}

std::vector<const FolderNode *> FolderTree::deeper() const
{
    std::vector<const FolderNode *> out;
    for (const FolderNode &n : m_nodes)
        if (n.depth >= 2) out.push_back(&n);
    std::sort(out.begin(), out.end(), largerFirst);
    return out;
}

std::vector<const FolderNode *> FolderTree::childrenOf(const QString &path) const
{
    std::vector<const FolderNode *> out;
    const QString prefix = path + QLatin1Char('/');
    for (const FolderNode &n : m_nodes)
        if (n.path.startsWith(prefix) && n.path.indexOf(QLatin1Char('/'), prefix.size()) < 0)
            out.push_back(&n);
    std::sort(out.begin(), out.end(), largerFirst);
    return out;
}

} // namespace wm
