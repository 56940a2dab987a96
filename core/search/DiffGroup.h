// SPDX-FileCopyrightText: 2026 WhiteMagic contributors
// SPDX-License-Identifier: MIT

#pragma once

#include "StoredBlocks.h"
#include "walk/WalkEntry.h"

#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace wm {

// The walk's files in one key range, diffed together on a pool thread
// (StatBlockDiff): SortedDiff cuts the sorted walk where a stored block
// begins and every SortedDiff::chunkSize files.
struct DiffGroup
{
    StoredBlocks::Range range;
    // The stored block that begins at range.lo, if one does.
    std::optional<StoredBlocks::Block> block;
    // The lo of the stored block whose range holds this one and whose
    // digest is known: forgotten before any change to the range is queued,
    // so that a run killed half-way never leaves a digest that vouches for
    // docs it does not describe.
    std::optional<std::string> cover;
    // The walk reported an error in this range (a file it could not stat,
    // a folder it could not list): never a match.
    bool tainted = false;
    // The files, where the walk left them (ParallelSortedWalk::Span): the
    // thread that cuts groups touches a few per group, not each one.
    struct Span
    {
        std::shared_ptr<std::vector<WalkEntry>> store;
        size_t begin = 0;
        size_t end = 0;
    };
    std::vector<Span> spans;
    size_t files = 0; // in `spans`
    // The files of `spans` in order, made on the pool thread (StatBlockDiff).
    std::vector<WalkEntry *> entries;

    void add(const std::shared_ptr<std::vector<WalkEntry>> &store, size_t begin, size_t end)
    {
        if (!spans.empty() && spans.back().store == store && spans.back().end == begin)
            spans.back().end = end;
        else
            spans.push_back({store, begin, end});
        files += end - begin;
    }
    // Folders the walk could not list so far: their docs are not gone.
    std::shared_ptr<const std::vector<std::string>> unlisted;
};

} // namespace wm
