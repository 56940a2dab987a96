// SPDX-FileCopyrightText: 2026 WhiteMagic contributors
// SPDX-License-Identifier: MIT

#pragma once

#include "IgnoreRules.h"

#include <memory>
#include <string>

namespace wm {

// Which ignore files apply where, as ripgrep, fd and git agree: `.ignore`
// everywhere; `.gitignore`, `$GIT_DIR/info/exclude` and core.excludesFile
// only inside a git repository (a tree unpacked from a tarball, such as
// Debian's linux-source, carries .gitignore files meant for a repository:
// its top-level one ends with "/*" and would hide everything). Ignore files
// of the walk root's parents apply too, up to the repository's top for
// .gitignore, so auditing a subfolder hides what git hides there.
class IgnoreFiles
{
public:
    using RulesPtr = std::shared_ptr<const IgnoreRules>;

    // The rules from above the walk root and whether the root lies inside a
    // repository (then its own .gitignore files count).
    struct Outer
    {
        RulesPtr rules;
        bool inRepository = false;
        std::string workTree; // the repository's top folder, when inside one
    };
    [[nodiscard]] static Outer aboveRoot(const std::string &rootNative);

    // The git directory when `dir` is the top of a work tree (a ".git"
    // folder, or a ".git" file naming one), else "".
    [[nodiscard]] static std::string gitDirAt(const std::string &dir);

    // A repository's top at walk-relative `rel`: its core.excludesFile and
    // info/exclude on top of `parent`.
    [[nodiscard]] static RulesPtr repositoryRules(const std::string &gitDir, const std::string &rel,
                                                  RulesPtr parent,
                                                  const std::string &outerPrefix = {});

    // A repository met inside the walk at `rel` (a nested repository, a
    // submodule, or a repository inside a tree that is not one): the same,
    // on top of a repository-top marker, so that the outer repository's git
    // rules stop at `rel` and its own info/exclude applies below `rel` only.
    [[nodiscard]] static RulesPtr nestedRepositoryRules(const std::string &gitDir,
                                                        const std::string &rel, RulesPtr parent);

    // Which of the names ignore rules come from a folder holds, when its
    // listing is already known (SortedWalk): a name it lacks is not looked
    // for, which saves a failing system call or two per folder.
    enum Listed : unsigned
    {
        HasGit = 1,       // ".git"
        HasGitIgnore = 2, // ".gitignore"
        HasIgnore = 4,    // ".ignore"
        MayHaveAll = HasGit | HasGitIgnore | HasIgnore
    };
    // The name's Listed bit, or 0.
    [[nodiscard]] static unsigned listedBit(const char *name);

    // The folder's own .gitignore (inside a repository only) and .ignore,
    // read relative to its open descriptor, on top of `parent`.
    [[nodiscard]] static RulesPtr folderRules(int dirFd, const std::string &rel, bool inRepository,
                                              RulesPtr parent, unsigned listed = MayHaveAll);

    // The rules in force inside folder `rel` (open as `dirFd`, at `dirPath`
    // on disk) from its parent's: a repository whose top is here brings its
    // own git rules (nestedRepositoryRules), then the folder's own files
    // (folderRules). `inRepository` is updated. Both walks (WalkRun,
    // SortedWalk) enter folders through this, so they ignore the same.
    [[nodiscard]] static RulesPtr enterFolder(int dirFd, const std::string &rel,
                                              const std::string &dirPath, RulesPtr parent,
                                              bool &inRepository, unsigned listed = MayHaveAll);

    static bool read(const std::string &path, std::string &out);
    static bool readAt(int dirFd, const char *name, std::string &out);
};

} // namespace wm
