// SPDX-FileCopyrightText: 2026 WhiteMagic contributors
// SPDX-License-Identifier: MIT

#include "FolderLister.h"

#include "IgnoreFiles.h"
#include "WalkLogging.h"
#include "WalkSyscalls.h"
#include "concurrency/CancelToken.h"
#include "io/NativePath.h"

#include <QDir>
#include <algorithm>
#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <unistd.h>

namespace wm {
namespace {

using walksys::isDotOrDotDot;
using walksys::mtimeMsOf;
using walksys::walkError;

// Open folders handed out with entries, over all walks: bounded well below
// the usual 1024 descriptors; beyond it entries go without their folder and
// are opened from the root.
constexpr int maxSharedFolders = 256;
// Folders a walk keeps open between its parent's listing and its own: 128,
// or an eighth of the descriptors this process may open, where that is less.
int maxKeptFolders()
{
    static const int max = [] {
        rlimit limit{};
        if (::getrlimit(RLIMIT_NOFILE, &limit) != 0 || limit.rlim_cur == RLIM_INFINITY) return 128;
        return int(std::min<rlim_t>(128, limit.rlim_cur / 8));
    }();
    return max;
}
std::atomic<int> g_sharedFolders{0};

} // namespace

FolderLister::FolderLister(const WalkOptions &options, const CancelToken *cancel)
    : m_options(options), m_cancel(cancel),
      m_filter(options.includes, options.excludes, options.caseInsensitiveGlobs),
      m_rootNative(NativePath::encodeStd(QDir::cleanPath(options.root)))
{
}

std::shared_ptr<const UniqueFd> FolderLister::shareFolder(UniqueFd &fd)
{
    if (g_sharedFolders.fetch_add(1) >= maxSharedFolders) {
        --g_sharedFolders;
        return nullptr;
    }
    return std::shared_ptr<const UniqueFd>(new UniqueFd(std::move(fd)), [](const UniqueFd *f) {
        delete f;
        --g_sharedFolders;
    });
}

UniqueFd FolderLister::takeKept(Child &c) const
{
    if (c.fd.valid()) --m_keptFolders;
    return std::move(c.fd);
}

void FolderLister::dropKept(std::vector<Child> &children) const
{
    for (Child &c : children)
        takeKept(c).reset();
}

QString FolderLister::openRoot(UniqueFd &fd, struct stat *st) const
{
    return walksys::openRoot(m_options.root, m_rootNative, fd, st);
}

QString FolderLister::cannotOpenRoot(int err) const
{
    return walksys::cannotOpenRoot(m_options.root, err);
}

FolderLister::DirState FolderLister::rootState() const
{
    DirState state;
    if (!m_options.noIgnore) {
        const IgnoreFiles::Outer outer = IgnoreFiles::aboveRoot(m_rootNative);
        state.rules = outer.rules;
        state.inRepository = outer.inRepository;
    }
    return state;
}

std::string FolderLister::nativePath(const std::string &rel) const
{
    return rel.empty() ? m_rootNative : m_rootNative + '/' + rel;
}

// The same rules as WalkRun::enter: a repository met inside a tree that is
// not one brings its .gitignore files, info/exclude and core.excludesFile.
FolderLister::DirState FolderLister::enter(int dirFd, const std::string &rel, DirState state,
                                           unsigned listed) const
{
    if (m_options.noIgnore) return state;
    state.rules = IgnoreFiles::enterFolder(dirFd, rel, nativePath(rel), state.rules,
                                           state.inRepository, listed);
    return state;
}

bool FolderLister::ignoredBy(const DirState &state, const std::string &rel, bool isDir,
                             IgnoredCounts &ignored)
{
    if (!state.rules) return false;
    IgnoreRules::Source source{};
    if (state.rules->verdict(rel, isDir, &source) != IgnoreRules::Verdict::Ignored) return false;
    ++ignored.bySource[size_t(source)];
    return true;
}

bool FolderLister::classifyFolder(int fd, const char *name, const FolderCheck &check, Child &c,
                                  bool *retry) const
{
    UniqueFd dir(::openat(fd, name, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC));
    if (!dir.valid()) {
        const int err = errno;
        if (err == ELOOP || err == ENOTDIR) {
            *retry = true; // a link or a file now
            return false;
        }
        // A folder that cannot be listed is one error row named "name",
        // which sorts before "name-x"; one that vanished is no folder.
        c.isDir = err != ENOENT;
        c.error = walkError(err);
        return true;
    }
    struct stat st
    {
    };
    c.isDir = true;
    if (::fstat(dir.get(), &st) != 0) {
        c.error = walkError(errno);
        return true;
    }
    if (!check(st.st_dev, st.st_ino)) {
        qCDebug(lcWalk) << "already visited, not entering again:" << name;
        return false;
    }
    c.dev = st.st_dev;
    c.ino = st.st_ino;
    c.needsStat = false;
    c.size = st.st_size;
    c.mtimeMs = mtimeMsOf(st);
    // Kept for its listing, within a budget: a folder of many folders
    // opens the rest again by name when it gets to them.
    if (m_keptFolders.fetch_add(1) < maxKeptFolders())
        c.fd = std::move(dir);
    else
        --m_keptFolders;
    c.key += '/'; // one that can be listed sorts as "name/"
    return true;
}

// Whether the entry `name` of the folder `fd` is walked, and as what.
bool FolderLister::classify(int fd, const std::string &childRel, const char *name,
                            unsigned char type, const DirState &state, const FolderCheck &check,
                            Child &c, IgnoredCounts &ignored) const
{
    if (type == DT_LNK) return false; // links are not followed in a sorted walk
    bool retry = false;
    if (type == DT_DIR) {
        if (ignoredBy(state, childRel, true, ignored) || !m_filter.acceptsDirectory(childRel))
            return false;
        const bool walked = classifyFolder(fd, name, check, c, &retry);
        if (!retry) return walked;
    }
    if (type != DT_REG) {
        // What d_type left open (or what changed since the listing).
        struct stat st
        {
        };
        if (::fstatat(fd, name, &st, AT_SYMLINK_NOFOLLOW) != 0) {
            c.error = walkError(errno);
            return true;
        }
        if (S_ISLNK(st.st_mode) || (retry && S_ISDIR(st.st_mode))) return false;
        c.isDir = S_ISDIR(st.st_mode);
        if (!c.isDir && !S_ISREG(st.st_mode)) return false; // no content
        c.needsStat = false;
        c.size = st.st_size;
        c.mtimeMs = mtimeMsOf(st);
    }
    if (ignoredBy(state, childRel, c.isDir, ignored)) return false;
    if (!c.isDir) return m_filter.acceptsFile(childRel);
    if (!m_filter.acceptsDirectory(childRel)) return false;
    return classifyFolder(fd, name, check, c, &retry) && !retry;
}

unsigned FolderLister::listNames(int fd, std::string &names, std::vector<Name> &list) const
{
    unsigned listed = 0;
    // getdents64 on the folder's own descriptor: no second descriptor, no
    // fstat, as readdir through fdopendir would need. One buffer per thread.
    thread_local std::vector<char> dirents(32 * 1024);
    for (;;) {
        if (isCancelled(m_cancel)) break;
        const ssize_t n = ::getdents64(fd, dirents.data(), dirents.size());
        if (n <= 0) break; // the end, or an error: what was read is the listing
        for (ssize_t pos = 0; pos < n;) {
            const auto *de = reinterpret_cast<const struct dirent64 *>(dirents.data() + pos);
            pos += de->d_reclen;
            const char *name = de->d_name;
            if (isDotOrDotDot(name)) continue;
            listed |= IgnoreFiles::listedBit(name);
            if (std::strcmp(name, ".git") == 0) continue; // a repository's internals, never content
            if (name[0] == '.' && !m_options.hidden) continue;
            list.push_back({names.size(), de->d_type});
            names.append(name, std::strlen(name) + 1);
        }
    }
    return listed;
}

FolderLister::Listing FolderLister::list(int fd, const std::string &rel, const DirState &parent,
                                         const FolderCheck &check) const
{
    std::string names;
    std::vector<Name> list;
    const unsigned listed = listNames(fd, names, list);
    Listing out;
    out.state = enter(fd, rel, parent, listed);
    std::vector<Child> children;
    children.reserve(list.size());
    std::string childRel;
    for (const Name &n : list) {
        if (isCancelled(m_cancel)) break;
        const char *name = names.c_str() + n.offset;
        childRel.assign(rel);
        if (!rel.empty()) childRel += '/';
        childRel += name;
        Child c;
        c.key = name;
        c.nameLength = c.key.size();
        c.listedOrder = uint32_t(children.size());
        if (classify(fd, childRel, name, n.type, out.state, check, c, out.ignored))
            children.push_back(std::move(c));
    }
    // Sorted by index, not by moving the children (strings and a descriptor each).
    std::vector<uint32_t> order(children.size());
    for (uint32_t i = 0; i < order.size(); ++i)
        order[i] = i;
    std::sort(order.begin(), order.end(),
              [&children](uint32_t a, uint32_t b) { return children[a].key < children[b].key; });
    out.children.reserve(children.size());
    for (const uint32_t i : order)
        out.children.push_back(std::move(children[i]));
    return out;
}

} // namespace wm
