// SPDX-FileCopyrightText: 2026 WhiteMagic contributors
// SPDX-License-Identifier: MIT

#pragma once

#include "GlobFilter.h"
#include "IgnoreRules.h"
#include "IgnoredCounts.h"
#include "WalkOptions.h"
#include "io/UniqueFd.h"

#include <QString>
#include <atomic>
#include <cstdint>
#include <dirent.h>
#include <functional>
#include <memory>
#include <string>
#include <sys/stat.h>
#include <sys/types.h>
#include <vector>

namespace wm {

class CancelToken;

// Lists one folder for a sorted walk: its names (getdents64 on the open
// folder itself), the ignore files among them, what each name is (d_type,
// a stat only where d_type left it open), what the ignore rules and globs
// keep, and the kept names in walk order (a folder sorts as "name/"). Both
// sorted walks list through it: SortedWalk one folder after the other on its
// own thread, ParallelSortedWalk several at once on a pool, so they keep
// the same files. Const and thread-safe; its only shared state is the
// budget of folders kept open between a listing and the child's own.
class FolderLister
{
public:
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
        UniqueFd fd;   // a folder, opened when its parent was listed (or not: budget)
        dev_t dev = 0; // a folder's identity (the loop check)
        ino_t ino = 0;
        uint32_t listedOrder = 0; // its place in the folder's listing, before sorting
    };
    struct Listing
    {
        DirState state; // the rules inside the folder
        std::vector<Child> children;
        IgnoredCounts ignored{};
    };
    // Whether a folder child (its device and inode) is walked: the check
    // that cuts loops and walks a folder mounted twice once.
    using FolderCheck = std::function<bool(dev_t, ino_t)>;

    FolderLister(const WalkOptions &options, const CancelToken *cancel);

    // Checks the root and opens it as `fd`; its identity in `*st`. Returns
    // why it cannot be walked, or nothing.
    [[nodiscard]] QString openRoot(UniqueFd &fd, struct stat *st) const;
    // "cannot open ROOT: why".
    [[nodiscard]] QString cannotOpenRoot(int err) const;
    // The rules in force at the root (repositories and files above it).
    [[nodiscard]] DirState rootState() const;
    [[nodiscard]] Listing list(int fd, const std::string &rel, const DirState &parent,
                               const FolderCheck &check) const;
    // A child's descriptor, opened when its parent was listed (or -1): it
    // leaves the budget of kept folders.
    [[nodiscard]] UniqueFd takeKept(Child &c) const;
    // Children's descriptors never taken (a walk cancelled or cut short).
    void dropKept(std::vector<Child> &children) const;
    // A descriptor moved out of a Child without takeKept (held elsewhere
    // until its listing: it stays in the budget) was closed or used.
    void releaseKept() const { --m_keptFolders; }

    // The folder's descriptor shared with the entries of its files, within
    // a budget of descriptors over all walks (null beyond it: entries are
    // then opened from the root).
    [[nodiscard]] static std::shared_ptr<const UniqueFd> shareFolder(UniqueFd &fd);
    [[nodiscard]] const std::string &rootNative() const { return m_rootNative; }

private:
    struct Name
    {
        size_t offset = 0;
        unsigned char type = DT_UNKNOWN;
    };
    unsigned listNames(int fd, std::string &names, std::vector<Name> &list) const;
    [[nodiscard]] DirState enter(int dirFd, const std::string &rel, DirState state,
                                 unsigned listed) const;
    bool classify(int fd, const std::string &childRel, const char *name, unsigned char type,
                  const DirState &state, const FolderCheck &check, Child &c,
                  IgnoredCounts &ignored) const;
    bool classifyFolder(int fd, const char *name, const FolderCheck &check, Child &c,
                        bool *retry) const;
    static bool ignoredBy(const DirState &state, const std::string &rel, bool isDir,
                          IgnoredCounts &ignored);
    [[nodiscard]] std::string nativePath(const std::string &rel) const;

    const WalkOptions &m_options;
    const CancelToken *m_cancel;
    GlobFilter m_filter;
    std::string m_rootNative;
    mutable std::atomic<int> m_keptFolders{0};
};

} // namespace wm
