// SPDX-FileCopyrightText: 2026 WhiteMagic contributors
// SPDX-License-Identifier: MIT

#pragma once

#include "FolderLister.h"
#include "WalkEntry.h"
#include "io/UniqueFd.h"

#include <memory>
#include <string>
#include <sys/types.h>
#include <utility>
#include <vector>

namespace wm {

// One folder of a ParallelSortedWalk: what its listing needs (NodeLister)
// and what the listing gave: its entries, and its subfolders as nodes of
// their own, to be listed later.
struct WalkNode
{
    using Id = std::pair<dev_t, ino_t>;
    // A subfolder, walked before the entry at `before`.
    struct SubFolder
    {
        size_t before = 0;
        std::shared_ptr<WalkNode> node;
    };
    enum class State
    {
        Waiting, // known, not listed yet
        Started, // being listed on the pool
        Done     // listed: `entries`, `folders`, `errors` and `ignored` are set
    };

    std::string rel;
    FolderLister::DirState parentState;
    std::shared_ptr<const UniqueFd> parentFolder; // opened by name in it (null: from the root)
    UniqueFd fd;                    // opened when the parent was listed (in the kept budget)
    std::vector<Id> path;           // its own identity and its ancestors' (the loop check)
    uint32_t listedOrder = 0;       // its place in the parent's listing
    State state = State::Waiting;   // guarded by the walk's mutex, as is `dropped`
    bool dropped = false;           // not walked after all: the listing is thrown away
    int openError = 0;              // it could not be opened (an error row)
    std::vector<WalkEntry> entries; // files and error rows, in walk order
    std::vector<SubFolder> folders; // in walk order
    size_t errors = 0;              // error rows among `entries`
    IgnoredCounts ignored;
};

} // namespace wm
