// SPDX-FileCopyrightText: 2026 WhiteMagic contributors
// SPDX-License-Identifier: MIT

#pragma once

#include "FolderLister.h"
#include "WalkNode.h"
#include "io/UniqueFd.h"

#include <memory>
#include <span>
#include <vector>

namespace wm {

// Lists the folders of a ParallelSortedWalk on whichever thread asks: opens
// each (by name in its parent, else from the root), lists it (FolderLister),
// stats the files of several folders in one batch (StatBatch) and makes
// their entries and subfolder nodes. Writes only the nodes it is given.
class NodeLister
{
public:
    // A folder read, its entries not made yet.
    struct Listed
    {
        UniqueFd local; // the folder, where it could not be shared
        std::shared_ptr<const UniqueFd> folder;
        int fd = -1;
        FolderLister::Listing listing;
    };

    // `rootFd` must be open before the first read().
    NodeLister(const FolderLister &lister, const UniqueFd &rootFd, bool displayPaths,
               bool statFiles);

    void read(WalkNode &n, Listed &out) const;
    // The files of all `listed` stat'ed at once (with statFiles), then each
    // node's entries and subfolders made.
    void finish(std::span<WalkNode *const> nodes, std::vector<Listed> &listed) const;
    // read() and finish() of one node.
    void listOne(WalkNode &n) const;

private:
    [[nodiscard]] UniqueFd open(WalkNode &n) const;
    void statFiles(std::vector<Listed> &listed) const;
    void addEntries(WalkNode &n, Listed &l) const;
    void addFolder(WalkNode &n, FolderLister::Child &c, std::string rel, const Listed &l) const;

    const FolderLister &m_lister;
    const UniqueFd &m_rootFd;
    const bool m_displayPaths;
    const bool m_statFiles;
};

} // namespace wm
