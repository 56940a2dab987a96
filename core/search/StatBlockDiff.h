// SPDX-FileCopyrightText: 2026 WhiteMagic contributors
// SPDX-License-Identifier: MIT

#pragma once

#include "DiffGroup.h"
#include "IndexOp.h"
#include "KnownDoc.h"

#include <QtGlobal>
#include <string_view>
#include <vector>

namespace wm {

class IndexFeeder;
class StoredBlocks;
struct IndexRunState;

// Diffs one DiffGroup on a pool thread. When the group starts a stored
// block with a known digest and has as many files, its files are stat'ed
// in one batch (StatBatch) and hashed (StatDigest): the same digest means
// every file is unchanged and none is gone, and nothing of the index is
// read. Otherwise the range's docs are read (StoredBlocks::rows) and merged
// with the files: known files are stat'ed (same size and mtime: done), new
// and changed ones read and queued (IndexFeeder), docs the walk did not
// see removed; then the range's block is written with its new digest.
class StatBlockDiff
{
public:
    StatBlockDiff(IndexRunState &run, IndexFeeder &feeder, StoredBlocks &stored, int rootFd);

    // False when the run stopped (cancelled, queue aborted) before the end.
    bool run(DiffGroup &g);

private:
    enum class Fate
    {
        Aborted, // the queue was aborted
        Absent,  // no doc after this run
        Stored,  // a doc with `*doc`'s size, mtime and racy
    };
    [[nodiscard]] bool stopped() const;
    // Stats the entries that need it (all, or only those with a known doc).
    void statEntries(DiffGroup &g, const std::vector<const KnownDoc *> *known,
                     std::vector<int> &errors) const;
    [[nodiscard]] static bool matches(const DiffGroup &g, const std::vector<int> &errors);
    bool diffFiles(DiffGroup &g, std::vector<int> &errors);
    Fate process(WalkEntry &e, const KnownDoc *known, int statError, KnownDoc *doc,
                 qint64 *unchanged);
    bool push(IndexOp::Type type, std::string_view key, const IndexOp::Block &block = {});

    IndexRunState &m_run;
    IndexFeeder &m_feeder;
    StoredBlocks &m_stored;
    int m_rootFd;
};

} // namespace wm
