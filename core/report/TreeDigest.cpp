// SPDX-FileCopyrightText: 2026 WhiteMagic contributors
// SPDX-License-Identifier: MIT

#include "TreeDigest.h"

#include "SummaryFilter.h"

#include <algorithm>

namespace wm {
namespace {

// Heap orders: the front is the entry to give up first.
bool smallerFirst(const FileBrief &a, const FileBrief &b)
{
    if (a.bytes != b.bytes) return a.bytes > b.bytes;
    return a.path < b.path;
}

bool laterPathFirst(const FileBrief &a, const FileBrief &b)
{
    return a.path < b.path;
}

template <typename Less>
void keepBest(std::vector<FileBrief> &heap, FileBrief item, size_t limit, Less less)
{
    if (heap.size() < limit) {
        heap.push_back(std::move(item));
        std::push_heap(heap.begin(), heap.end(), less);
    } else if (less(item, heap.front())) {
        std::pop_heap(heap.begin(), heap.end(), less);
        heap.back() = std::move(item);
        std::push_heap(heap.begin(), heap.end(), less);
    }
}

} // namespace

void TreeDigest::add(const FileRecord &r)
{
    if (r.isFolder()) {
        if (r.hasError())
            keepBest(m_errors, {r.path, 0, 0, {}, r.error}, errorsKept, laterPathFirst);
        return;
    }
    // The filter runs once per record; the folder tree and the ranking share it.
    const bool informative = !r.summary.isEmpty() && SummaryFilter::isInformative(r.summary);
    m_folders.add(r, informative);
    m_central.add(r, informative);
    const QString key = r.binary               ? QStringLiteral("Binary")
                        : r.language.isEmpty() ? QStringLiteral("Other")
                                               : r.language;
    GroupRow &g = m_languages[key];
    g.name = key;
    g.add(r);
    keepBest(m_largest,
             {r.path, r.bytes, r.lines, r.binary ? QStringLiteral("binary") : r.language, {}},
             largestKept, smallerFirst);
    if (r.hasError())
        keepBest(m_errors, {r.path, r.bytes, 0, r.language, r.error}, errorsKept, laterPathFirst);
    if (!r.summary.isEmpty()) {
        ++m_withSummary;
        if (informative) ++m_informative;
    }
}

TreeDigest TreeDigest::of(const std::vector<FileRecord> &records)
{
    TreeDigest d;
    for (const FileRecord &r : records)
        d.add(r);
    return d;
}

std::vector<FileBrief> TreeDigest::largest() const
{
    std::vector<FileBrief> out = m_largest;
    std::sort(out.begin(), out.end(), smallerFirst);
    return out;
}

std::vector<FileBrief> TreeDigest::errors() const
{
    std::vector<FileBrief> out = m_errors;
    std::sort(out.begin(), out.end(), laterPathFirst);
    return out;
}

std::vector<GroupRow> TreeDigest::languages() const
{
    std::vector<GroupRow> rows;
    for (const GroupRow &g : m_languages)
        rows.push_back(g);
    std::sort(rows.begin(), rows.end(), [](const GroupRow &a, const GroupRow &b) {
        if (a.code != b.code) return a.code > b.code;
        if (a.files != b.files) return a.files > b.files;
        return a.name < b.name;
    });
    return rows;
}

} // namespace wm
