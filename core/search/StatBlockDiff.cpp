// SPDX-FileCopyrightText: 2026 WhiteMagic contributors
// SPDX-License-Identifier: MIT

#include "StatBlockDiff.h"

#include "IndexFeeder.h"
#include "IndexRunState.h"
#include "StatDigest.h"
#include "StoredDocs.h"
#include "io/NativePath.h"
#include "io/StatBatch.h"

#include <cerrno>

namespace wm {

StatBlockDiff::StatBlockDiff(IndexRunState &run, IndexFeeder &feeder, StoredBlocks &stored,
                             int rootFd)
    : m_run(run), m_feeder(feeder), m_stored(stored), m_rootFd(rootFd)
{
}

bool StatBlockDiff::stopped() const
{
    return isCancelled(&m_run.stop);
}

bool StatBlockDiff::run(DiffGroup &g)
{
    g.entries.clear();
    g.entries.reserve(g.files);
    for (const DiffGroup::Span &s : g.spans)
        for (size_t i = s.begin; i < s.end; ++i)
            g.entries.push_back(&(*s.store)[i]);
    std::vector<int> errors(g.entries.size(), 0);
    if (g.block && g.block->digest && !g.tainted && qint64(g.entries.size()) == g.block->files) {
        statEntries(g, nullptr, errors);
        if (matches(g, errors)) {
            m_run.unchanged += qint64(g.entries.size());
            return true;
        }
    }
    return diffFiles(g, errors);
}

void StatBlockDiff::statEntries(DiffGroup &g, const std::vector<const KnownDoc *> *known,
                                std::vector<int> &errors) const
{
    std::vector<StatBatch::Item> items;
    std::vector<size_t> which;
    items.reserve(g.entries.size());
    which.reserve(g.entries.size());
    for (size_t i = 0; i < g.entries.size(); ++i) {
        const WalkEntry &e = *g.entries[i];
        if (!e.needsStat || (known != nullptr && (*known)[i] == nullptr)) continue;
        StatBatch::Item item;
        if (e.folder) {
            const size_t slash = e.nativeRel.rfind('/');
            item.dirFd = e.folder->get();
            item.name = e.nativeRel.c_str() + (slash == std::string::npos ? 0 : slash + 1);
        } else {
            item.dirFd = m_rootFd;
            item.name = e.nativeRel.c_str();
        }
        items.push_back(item);
        which.push_back(i);
    }
    StatBatch::forThisThread().run(items);
    for (size_t k = 0; k < items.size(); ++k) {
        WalkEntry &e = *g.entries[which[k]];
        errors[which[k]] = items[k].error;
        if (items[k].error != 0) continue;
        e.size = items[k].size;
        e.mtimeMs = items[k].mtimeMs;
        e.needsStat = false;
    }
}

bool StatBlockDiff::matches(const DiffGroup &g, const std::vector<int> &errors)
{
    StatDigest digest;
    for (size_t i = 0; i < g.entries.size(); ++i) {
        if (errors[i] != 0) return false;
        const WalkEntry &e = *g.entries[i];
        digest.add(e.nativeRel, e.size, e.mtimeMs, false);
    }
    return digest.value() == *g.block->digest;
}

bool StatBlockDiff::push(IndexOp::Type type, std::string_view key, const IndexOp::Block &block)
{
    IndexOp op;
    op.type = type;
    op.doc.key = key;
    op.block = block;
    return m_run.queue.push(std::move(op));
}

bool StatBlockDiff::diffFiles(DiffGroup &g, std::vector<int> &errors)
{
    const std::vector<StoredBlocks::Row> rows = m_stored.rows(g.range);
    // Both in key order: pair each file with its doc; docs left over are gone.
    std::vector<const KnownDoc *> known(g.entries.size(), nullptr);
    std::vector<const StoredBlocks::Row *> unseen;
    size_t r = 0;
    for (size_t i = 0; i < g.entries.size(); ++i) {
        const std::string &key = g.entries[i]->nativeRel;
        for (; r < rows.size() && rows[r].key < key; ++r)
            unseen.push_back(&rows[r]);
        if (r < rows.size() && rows[r].key == key) known[i] = &rows[r++].doc;
    }
    for (; r < rows.size(); ++r)
        unseen.push_back(&rows[r]);
    statEntries(g, &known, errors);
    if (g.cover && !push(IndexOp::Type::ForgetBlock, *g.cover)) return false;
    bool exact = !g.tainted; // the digest describes the range's docs
    for (const StoredBlocks::Row *row : unseen) {
        if (g.unlisted && StoredDocs::isUnder(row->key, *g.unlisted)) {
            exact = false; // below a folder not listed: not gone, kept as it was
            continue;
        }
        if (stopped() || !push(IndexOp::Type::Remove, row->key)) return false;
    }
    StatDigest digest;
    qint64 unchanged = 0;
    const std::string *first = nullptr;
    for (size_t i = 0; i < g.entries.size(); ++i) {
        if (stopped()) return false;
        KnownDoc doc;
        const Fate fate = process(*g.entries[i], known[i], errors[i], &doc, &unchanged);
        if (fate == Fate::Aborted) return false;
        if (fate == Fate::Absent) continue;
        digest.add(g.entries[i]->nativeRel, doc.size, doc.mtime, doc.racy);
        if (first == nullptr) first = &g.entries[i]->nativeRel;
    }
    m_run.unchanged += unchanged; // once per group: the counters share a cache line
    // The block's row: where a stored block began, else at the group's first
    // file (the head of the index, before any block, has none).
    const std::string *lo = g.block ? &g.block->lo : (g.range.lo ? &*g.range.lo : first);
    if (lo == nullptr) return true;
    return push(IndexOp::Type::SetBlock, *lo, {digest.files(), digest.value(), exact});
}

StatBlockDiff::Fate StatBlockDiff::process(WalkEntry &e, const KnownDoc *known, int statError,
                                           KnownDoc *doc, qint64 *unchanged)
{
    if (known != nullptr) {
        if (statError == ENOENT || statError == ENOTDIR) {
            // Gone since it was listed.
            return push(IndexOp::Type::Remove, e.nativeRel) ? Fate::Absent : Fate::Aborted;
        }
        // A stat that failed otherwise is the reader's to report.
        if (statError == 0 && known->unchanged(e.size, e.mtimeMs)) {
            ++*unchanged;
            *doc = *known;
            return Fate::Stored;
        }
    }
    // Only files that are read get a display path (the walk makes none).
    if (e.relPath.isEmpty()) e.relPath = NativePath::displayBytes(e.nativeRel);
    if (!m_feeder.prepare(e, known, doc)) return Fate::Aborted;
    return doc->state < 0 ? Fate::Absent : Fate::Stored;
}

} // namespace wm
