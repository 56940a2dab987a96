// SPDX-FileCopyrightText: 2026 WhiteMagic contributors
// SPDX-License-Identifier: MIT

#include "SortedWalk.h"

#include "IgnoreFiles.h"
#include "WalkLogging.h"
#include "WalkSyscalls.h"
#include "concurrency/CancelToken.h"
#include "io/ErrnoText.h"
#include "io/NativePath.h"

#include <QDir>
#include <algorithm>
#include <atomic>
#include <cerrno>
#include <cstdint>
#include <cstring>
#include <dirent.h>
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

std::shared_ptr<const UniqueFd> shareFolder(UniqueFd &fd)
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

} // namespace

SortedWalk::SortedWalk(const WalkOptions &options, const CancelToken *cancel)
    : m_options(options), m_cancel(cancel),
      m_filter(options.includes, options.excludes, options.caseInsensitiveGlobs),
      m_rootNative(NativePath::encodeStd(QDir::cleanPath(options.root)))
{
}

SortedWalk::~SortedWalk() = default;

QString SortedWalk::run(const Sink &sink, size_t chunkSize)
{
    m_sink = &sink;
    m_chunkSize = std::max<size_t>(1, chunkSize);
    const QString shownRoot = NativePath::display(m_options.root);
    struct stat st
    {
    };
    if (::stat(m_rootNative.c_str(), &st) != 0)
        return QStringLiteral("cannot open %1: %2").arg(shownRoot, walkError(errno));
    if (!S_ISDIR(st.st_mode)) return QStringLiteral("%1 is not a folder").arg(shownRoot);
    m_rootFd.reset(::open(m_rootNative.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC));
    if (!m_rootFd.valid())
        return QStringLiteral("cannot open %1: %2").arg(shownRoot, walkError(errno));
    m_visited.emplace(st.st_dev, st.st_ino);
    DirState state;
    if (!m_options.noIgnore) {
        const IgnoreFiles::Outer outer = IgnoreFiles::aboveRoot(m_rootNative);
        state.rules = outer.rules;
        state.inRepository = outer.inRepository;
    }
    listFolder(std::string(), state, UniqueFd());
    flushChunk();
    return {};
}

IgnoredCounts SortedWalk::ignored() const
{
    IgnoredCounts c;
    for (size_t i = 0; i < c.bySource.size(); ++i)
        c.bySource[i] = m_ignored[i];
    return c;
}

std::string SortedWalk::nativePath(const std::string &rel) const
{
    return rel.empty() ? m_rootNative : m_rootNative + '/' + rel;
}

// The same rules as WalkRun::enter: a repository met inside a tree that is
// not one brings its .gitignore files, info/exclude and core.excludesFile.
SortedWalk::DirState SortedWalk::enter(int dirFd, const std::string &rel, DirState state,
                                       unsigned listed) const
{
    if (m_options.noIgnore) return state;
    state.rules = IgnoreFiles::enterFolder(dirFd, rel, nativePath(rel), state.rules,
                                           state.inRepository, listed);
    return state;
}

bool SortedWalk::ignored(const DirState &state, const std::string &rel, bool isDir)
{
    if (!state.rules) return false;
    IgnoreRules::Source source{};
    if (state.rules->verdict(rel, isDir, &source) != IgnoreRules::Verdict::Ignored) return false;
    ++m_ignored[size_t(source)];
    return true;
}

void SortedWalk::emit(WalkEntry &&e)
{
    ++m_discovered;
    m_chunk.push_back(std::move(e));
    if (m_chunk.size() >= m_chunkSize) flushChunk();
}

void SortedWalk::flushChunk()
{
    if (m_chunk.empty()) return;
    std::vector<WalkEntry> chunk;
    chunk.reserve(m_chunkSize);
    chunk.swap(m_chunk);
    (*m_sink)(std::move(chunk));
}

void SortedWalk::folderError(const std::string &rel, int err)
{
    // Listable when its parent was read; it changed since.
    WalkEntry e;
    e.nativeRel = rel;
    e.relPath = NativePath::displayBytes(rel) + QLatin1Char('/');
    e.isDirectory = true;
    e.error = walkError(err);
    emit(std::move(e));
}

void SortedWalk::listFolder(const std::string &rel, const DirState &parent, UniqueFd local)
{
    if (!local.valid())
        local.reset(
            NativePath::openBelow(m_rootFd.get(), rel, O_RDONLY | O_DIRECTORY | O_NOFOLLOW));
    if (!local.valid()) {
        folderError(rel, errno);
        return;
    }
    const int fd = local.get(); // open until `folder` and `local` go
    const std::shared_ptr<const UniqueFd> folder = shareFolder(local);
    DirState state;
    std::vector<Child> children = readChildren(fd, rel, state, parent);
    for (Child &c : children) {
        if (isCancelled(m_cancel)) break;
        visitChild(fd, folder, rel, c, state);
    }
    for (const Child &c : children)
        if (c.fd.valid()) --m_keptFolders; // cancelled before they were listed
}

void SortedWalk::visitChild(int fd, const std::shared_ptr<const UniqueFd> &folder,
                            const std::string &rel, Child &c, const DirState &state)
{
    const std::string name(c.key.data(), c.nameLength);
    std::string childRel;
    childRel.reserve(rel.size() + 1 + name.size());
    if (!rel.empty()) (childRel += rel) += '/';
    childRel += name;
    if (c.isDir && c.error.isEmpty()) {
        UniqueFd dir;
        if (c.fd.valid()) {
            dir = std::move(c.fd);
            --m_keptFolders;
        } else {
            dir.reset(::openat(fd, name.c_str(), O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC));
            if (!dir.valid()) {
                folderError(childRel, errno);
                return;
            }
        }
        listFolder(childRel, state, std::move(dir));
        return;
    }
    WalkEntry e;
    if (m_displayPaths || c.isDir || !c.error.isEmpty())
        e.relPath =
            NativePath::displayBytes(childRel) + (c.isDir ? QStringLiteral("/") : QString());
    e.nativeRel = std::move(childRel);
    e.isDirectory = c.isDir;
    e.error = c.error;
    e.size = c.size;
    e.mtimeMs = c.mtimeMs;
    if (c.error.isEmpty()) {
        e.folder = folder;
        e.needsStat = c.needsStat;
    }
    emit(std::move(e));
}

bool SortedWalk::classifyFolder(int fd, const char *name, Child &c, bool *retry)
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
    if (!m_visited.emplace(st.st_dev, st.st_ino).second) {
        qCDebug(lcWalk) << "already visited, not entering again:" << name;
        return false;
    }
    c.needsStat = false;
    c.size = st.st_size;
    c.mtimeMs = mtimeMsOf(st);
    // Kept for its listing, within a budget: a folder of many folders
    // opens the rest again by name when it gets to them.
    if (m_keptFolders < maxKeptFolders()) {
        c.fd = std::move(dir);
        ++m_keptFolders;
    }
    c.key += '/'; // one that can be listed sorts as "name/"
    return true;
}

// Whether the entry `name` of the folder `fd` is walked, and as what.
bool SortedWalk::classify(int fd, const std::string &rel, const char *name, unsigned char type,
                          const DirState &state, Child &c)
{
    if (type == DT_LNK) return false; // links are not followed in a sorted walk
    std::string &childRel = m_childRel;
    childRel.assign(rel);
    if (!rel.empty()) childRel += '/';
    childRel += name;
    bool retry = false;
    if (type == DT_DIR) {
        if (ignored(state, childRel, true) || !m_filter.acceptsDirectory(childRel)) return false;
        const bool walked = classifyFolder(fd, name, c, &retry);
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
    if (ignored(state, childRel, c.isDir)) return false;
    if (!c.isDir) return m_filter.acceptsFile(childRel);
    if (!m_filter.acceptsDirectory(childRel)) return false;
    return classifyFolder(fd, name, c, &retry) && !retry;
}

unsigned SortedWalk::listNames(int fd, std::string &names, std::vector<Name> &list)
{
    unsigned listed = 0;
    if (m_dirents.empty()) m_dirents.resize(32 * 1024);
    // getdents64 on the folder's own descriptor: no second descriptor, no
    // fstat, as readdir through fdopendir would need.
    for (;;) {
        if (isCancelled(m_cancel)) break;
        const ssize_t n = ::getdents64(fd, m_dirents.data(), m_dirents.size());
        if (n <= 0) break; // the end, or an error: what was read is the listing
        for (ssize_t pos = 0; pos < n;) {
            const auto *de = reinterpret_cast<const struct dirent64 *>(m_dirents.data() + pos);
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

std::vector<SortedWalk::Child> SortedWalk::readChildren(int fd, const std::string &rel,
                                                        DirState &state, const DirState &parent)
{
    std::string names;
    std::vector<Name> list;
    const unsigned listed = listNames(fd, names, list);
    state = enter(fd, rel, parent, listed);
    std::vector<Child> children;
    children.reserve(list.size());
    for (const Name &n : list) {
        if (isCancelled(m_cancel)) break;
        const char *name = names.c_str() + n.offset;
        Child c;
        c.key = name;
        c.nameLength = c.key.size();
        if (classify(fd, rel, name, n.type, state, c)) children.push_back(std::move(c));
    }
    // Sorted by index, not by moving the children (strings and a descriptor each).
    std::vector<uint32_t> order(children.size());
    for (uint32_t i = 0; i < order.size(); ++i)
        order[i] = i;
    std::sort(order.begin(), order.end(),
              [&children](uint32_t a, uint32_t b) { return children[a].key < children[b].key; });
    std::vector<Child> sorted;
    sorted.reserve(children.size());
    for (const uint32_t i : order)
        sorted.push_back(std::move(children[i]));
    return sorted;
}

} // namespace wm
