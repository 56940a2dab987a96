// SPDX-FileCopyrightText: 2026 WhiteMagic contributors
// SPDX-License-Identifier: MIT

#include "IgnoreFiles.h"

#include "GitConfig.h"
#include "io/UniqueFd.h"

#include <climits>
#include <cstdlib>
#include <cstring>
#include <fcntl.h>
#include <memory>
#include <sys/stat.h>
#include <unistd.h>
#include <vector>

namespace wm {
namespace {

using Source = IgnoreRules::Source;

IgnoreFiles::RulesPtr stack(IgnoreFiles::RulesPtr parent, const std::string &base, Source source,
                            const std::string &text, const std::string &outerPrefix)
{
    auto rules = std::make_shared<IgnoreRules>(base, parent, source);
    rules->addPatterns(text);
    if (rules->isEmpty()) return parent;
    rules->setOuterPrefix(outerPrefix);
    return rules;
}

bool readFd(int fd, std::string &out)
{
    if (fd < 0) return false;
    const UniqueFd owner(fd);
    out.clear();
    char buf[16384];
    ssize_t n;
    while ((n = ::read(fd, buf, sizeof buf)) > 0)
        out.append(buf, size_t(n));
    return n == 0;
}

std::string realPath(const std::string &path)
{
    const std::unique_ptr<char, decltype(&std::free)> real(::realpath(path.c_str(), nullptr),
                                                           &std::free);
    return real ? std::string(real.get()) : path;
}

} // namespace

bool IgnoreFiles::read(const std::string &path, std::string &out)
{
    return readFd(::open(path.c_str(), O_RDONLY | O_CLOEXEC | O_NONBLOCK), out);
}

bool IgnoreFiles::readAt(int dirFd, const char *name, std::string &out)
{
    return readFd(::openat(dirFd, name, O_RDONLY | O_CLOEXEC | O_NONBLOCK), out);
}

std::string IgnoreFiles::gitDirAt(const std::string &dir)
{
    const std::string dotGit = (dir == "/" ? std::string() : dir) + "/.git";
    struct stat st
    {
    };
    if (::stat(dotGit.c_str(), &st) != 0) return {};
    if (S_ISDIR(st.st_mode)) return dotGit;
    // A worktree or submodule: ".git" is a file "gitdir: PATH".
    std::string text;
    if (!S_ISREG(st.st_mode) || !read(dotGit, text) || text.rfind("gitdir:", 0) != 0) return {};
    std::string path = text.substr(7);
    path.erase(0, path.find_first_not_of(" \t"));
    while (!path.empty() && (path.back() == '\n' || path.back() == '\r' || path.back() == ' '))
        path.pop_back();
    if (path.empty()) return {};
    return path.front() == '/' ? path : dir + '/' + path;
}

IgnoreFiles::RulesPtr IgnoreFiles::repositoryRules(const std::string &gitDir,
                                                   const std::string &rel, RulesPtr parent,
                                                   const std::string &outerPrefix)
{
    std::string text;
    const std::string global = GitConfig::excludesFile(gitDir);
    if (!global.empty() && read(global, text))
        parent = stack(parent, rel, Source::GlobalExclude, text, outerPrefix);
    if (read(gitDir + "/info/exclude", text))
        parent = stack(parent, rel, Source::GitExclude, text, outerPrefix);
    return parent;
}

IgnoreFiles::RulesPtr IgnoreFiles::nestedRepositoryRules(const std::string &gitDir,
                                                         const std::string &rel, RulesPtr parent)
{
    auto top = std::make_shared<IgnoreRules>(rel, std::move(parent), Source::GitExclude);
    top->setRepositoryTop();
    return repositoryRules(gitDir, rel, std::move(top));
}

unsigned IgnoreFiles::listedBit(const char *name)
{
    if (name[0] != '.') return 0;
    if (std::strcmp(name + 1, "git") == 0) return HasGit;
    if (std::strcmp(name + 1, "gitignore") == 0) return HasGitIgnore;
    if (std::strcmp(name + 1, "ignore") == 0) return HasIgnore;
    return 0;
}

IgnoreFiles::RulesPtr IgnoreFiles::folderRules(int dirFd, const std::string &rel, bool inRepository,
                                               RulesPtr parent, unsigned listed)
{
    std::string text;
    // .ignore is pushed last so it wins over .gitignore in the same folder.
    if (inRepository && (listed & HasGitIgnore) != 0 && readAt(dirFd, ".gitignore", text))
        parent = stack(parent, rel, Source::GitIgnore, text, {});
    if ((listed & HasIgnore) != 0 && readAt(dirFd, ".ignore", text))
        parent = stack(parent, rel, Source::IgnoreFile, text, {});
    return parent;
}

IgnoreFiles::Outer IgnoreFiles::aboveRoot(const std::string &rootNative)
{
    Outer o;
    const std::string root = realPath(rootNative);
    if (root.empty() || root.front() != '/') return o;
    // The folders from "/" down to the root itself.
    std::vector<std::string> chain{"/"};
    for (size_t pos = 1; pos <= root.size(); ++pos)
        if (pos == root.size() || root[pos] == '/')
            if (pos > 1) chain.push_back(root.substr(0, pos));
    std::string gitDir;
    size_t top = chain.size();
    for (size_t i = chain.size(); i-- > 0;) {
        gitDir = gitDirAt(chain[i]);
        if (!gitDir.empty()) {
            top = i;
            break;
        }
    }
    o.inRepository = top < chain.size();
    if (o.inRepository) o.workTree = chain[top];
    const auto prefixFrom = [&](size_t i) {
        // The root relative to chain[i].
        const std::string &d = chain[i];
        return root.substr(d == "/" ? 1 : d.size() + 1);
    };
    for (size_t i = 0; i + 1 < chain.size(); ++i) {
        const std::string prefix = prefixFrom(i);
        if (i == top) o.rules = repositoryRules(gitDir, {}, o.rules, prefix);
        const UniqueFd fd(::open(chain[i].c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC));
        if (!fd.valid()) continue;
        std::string text;
        if (o.inRepository && i >= top && readAt(fd.get(), ".gitignore", text))
            o.rules = stack(o.rules, {}, Source::GitIgnore, text, prefix);
        if (readAt(fd.get(), ".ignore", text))
            o.rules = stack(o.rules, {}, Source::IgnoreFile, text, prefix);
    }
    if (top + 1 == chain.size()) o.rules = repositoryRules(gitDir, {}, o.rules);
    return o;
}

IgnoreFiles::RulesPtr IgnoreFiles::enterFolder(int dirFd, const std::string &rel,
                                               const std::string &dirPath, RulesPtr parent,
                                               bool &inRepository, unsigned listed)
{
    // A repository inside the tree (inside a tree that is not one, or nested
    // in the one we are in): from here on its .gitignore files, info/exclude
    // and core.excludesFile count, and an outer repository's git rules stop.
    if (!rel.empty() && (listed & HasGit) != 0 &&
        ::faccessat(dirFd, ".git", F_OK, AT_SYMLINK_NOFOLLOW) == 0) {
        const std::string gitDir = gitDirAt(dirPath);
        if (!gitDir.empty()) {
            parent = nestedRepositoryRules(gitDir, rel, std::move(parent));
            inRepository = true;
        }
    }
    return folderRules(dirFd, rel, inRepository, std::move(parent), listed);
}

} // namespace wm
