// SPDX-FileCopyrightText: 2026 WhiteMagic contributors
// SPDX-License-Identifier: MIT

#pragma once

#include "GlobFilter.h"
#include "IgnoreRules.h"
#include "IgnoredCounts.h"
#include "WalkEntry.h"
#include "WalkOptions.h"
#include "io/UniqueFd.h"

#include <array>
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
// them by name. Folders are stat'ed (loop check, and to tell a folder that
// cannot be listed, whose error row sorts as "name", from one that can).
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
    [[nodiscard]] IgnoredCounts ignored() const;

private:
    using RulesPtr = std::shared_ptr<const IgnoreRules>;
    struct DirState
    {
        RulesPtr rules;
        bool inRepository = false;
    };
    struct Child
    {
        std::string key; // the name, "name/" for a folder that can be listed
        size_t nameLength = 0;
        bool isDir = false;
        bool needsStat = true; // d_type said "regular file": size and mtime unknown
        qint64 size = 0;
        qint64 mtimeMs = 0;
        QString error; // an error row (cannot stat, cannot list)
    };

    void listFolder(const std::string &rel, const DirState &parent);
    std::vector<Child> readChildren(int fd, const std::string &rel, const DirState &state);
    bool classify(int fd, const std::string &rel, const char *name, unsigned char type,
                  const DirState &state, Child &c);
    void visitChild(const std::shared_ptr<const UniqueFd> &folder, const std::string &rel,
                    const Child &c, const DirState &state);
    DirState enter(int dirFd, const std::string &rel, DirState state) const;
    bool ignored(const DirState &state, const std::string &rel, bool isDir);
    void emit(WalkEntry &&e);
    void flushChunk();
    [[nodiscard]] std::string nativePath(const std::string &rel) const;

    const WalkOptions &m_options;
    const CancelToken *m_cancel;
    GlobFilter m_filter;
    std::string m_rootNative;
    UniqueFd m_rootFd;
    const Sink *m_sink = nullptr;
    size_t m_chunkSize = 48;
    bool m_displayPaths = true;
    std::vector<WalkEntry> m_chunk;
    qint64 m_discovered = 0;
    std::set<std::pair<dev_t, ino_t>> m_visited;
    std::array<qint64, IgnoreRules::sourceCount> m_ignored{};
};

} // namespace wm
