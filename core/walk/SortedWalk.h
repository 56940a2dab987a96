// SPDX-FileCopyrightText: 2026 WhiteMagic contributors
// SPDX-License-Identifier: MIT

#pragma once

#include "FolderLister.h"
#include "IgnoredCounts.h"
#include "WalkEntry.h"
#include "WalkOptions.h"
#include "io/UniqueFd.h"

#include <functional>
#include <memory>
#include <set>
#include <string>
#include <sys/types.h>
#include <vector>

namespace wm {

class CancelToken;

// Walks a folder tree on the calling thread and hands its entries over in
// byte order of their paths, the order of a sorted list of every path, so a
// consumer can write results as they come instead of holding them all.
// Each folder is listed once (getdents64 through readdir), its names sorted
// (a folder sorts as "name/", so "a.txt" comes before "a/b" as it does in a
// sorted list of paths), and the walk descends in that order. Memory is the
// names of the folders on the current path, never the tree.
//
// Per entry: d_type tells files from folders without a stat; files are
// handed over with their open folder (WalkEntry::folder) so the reader opens
// them by name. Folders are opened once, by name in their open parent, when
// the parent is listed (to tell a folder that cannot be listed, whose error
// row sorts as "name", from one that can) and fstat'ed (the loop check);
// that descriptor is the one listed later (within a budget of descriptors).
// A folder costs about five system calls (openat, fstat, getdents64 twice,
// close): a walk that only stats files spends a tenth of its time there.
// Without --follow-links only: a walk that follows links must list linked
// folders after the real tree (WalkRun), which no single pass in path order
// can do.
class SortedWalk
{
public:
    // Called on the walking thread, in path order, with up to `chunkSize`
    // entries of one folder at a time.
    using Sink = std::function<void(std::vector<WalkEntry> &&chunk)>;

    SortedWalk(const WalkOptions &options, const CancelToken *cancel);
    ~SortedWalk();

    // Returns an error message when the root itself cannot be walked.
    QString run(const Sink &sink, size_t chunkSize);

    // Off: files are handed over without WalkEntry::relPath (error rows
    // keep theirs), for a consumer that needs a display path for few of
    // them and makes it from nativeRel (NativePath::displayBytes). An index
    // update with nothing to do then makes no string per file. On by default.
    void setDisplayPaths(bool on) { m_displayPaths = on; }

    [[nodiscard]] qint64 discovered() const { return m_discovered; }
    [[nodiscard]] IgnoredCounts ignored() const { return m_ignored; }

private:
    using DirState = FolderLister::DirState;
    using Child = FolderLister::Child;

    // `local`: the folder opened already (else it is opened from the root).
    void listFolder(const std::string &rel, const DirState &parent, UniqueFd local);
    void folderError(const std::string &rel, int err);
    void visitChild(int fd, const std::shared_ptr<const UniqueFd> &folder, const std::string &rel,
                    Child &c, const DirState &state);
    void emit(WalkEntry &&e);
    void flushChunk();

    const CancelToken *m_cancel;
    FolderLister m_lister;
    UniqueFd m_rootFd;
    const Sink *m_sink = nullptr;
    size_t m_chunkSize = 48;
    bool m_displayPaths = true;
    std::vector<WalkEntry> m_chunk;
    qint64 m_discovered = 0;
    std::set<std::pair<dev_t, ino_t>> m_visited;
    IgnoredCounts m_ignored;
    FolderLister::FolderCheck m_check; // the loop check: each folder once
};

} // namespace wm
