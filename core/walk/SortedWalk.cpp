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
#include <cstring>
#include <dirent.h>
#include <fcntl.h>
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
    listFolder(std::string(), state);
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
SortedWalk::DirState SortedWalk::enter(int dirFd, const std::string &rel, DirState state) const
{
    if (m_options.noIgnore) return state;
    state.rules =
        IgnoreFiles::enterFolder(dirFd, rel, nativePath(rel), state.rules, state.inRepository);
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

void SortedWalk::listFolder(const std::string &rel, const DirState &parent)
{
    const int flags = O_RDONLY | O_DIRECTORY | O_NOFOLLOW;
    UniqueFd local(NativePath::openBelow(m_rootFd.get(), rel, flags));
    if (!local.valid()) {
        // Listable when its parent was read; it changed since.
        WalkEntry e;
        e.nativeRel = rel;
        e.relPath = NativePath::displayBytes(rel) + QLatin1Char('/');
        e.isDirectory = true;
        e.error = walkError(errno);
        emit(std::move(e));
        return;
    }
    const int fd = local.get();
    const std::shared_ptr<const UniqueFd> folder = shareFolder(local);
    const DirState state = enter(fd, rel, parent);
    const std::vector<Child> children = readChildren(fd, rel, state);
    for (const Child &c : children) {
        if (isCancelled(m_cancel)) return;
        visitChild(folder, rel, c, state);
    }
}

void SortedWalk::visitChild(const std::shared_ptr<const UniqueFd> &folder, const std::string &rel,
                            const Child &c, const DirState &state)
{
    const std::string_view name(c.key.data(), c.nameLength);
    std::string childRel = rel.empty() ? std::string(name) : rel + '/' + std::string(name);
    if (c.isDir && c.error.isEmpty()) {
        listFolder(childRel, state);
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

// Whether the entry `name` of the folder `fd` is walked, and as what.
bool SortedWalk::classify(int fd, const std::string &rel, const char *name, unsigned char type,
                          const DirState &state, Child &c)
{
    const std::string childRel = rel.empty() ? std::string(name) : rel + '/' + name;
    struct stat st
    {
    };
    if (type == DT_LNK) return false; // links are not followed in a sorted walk
    if (type != DT_REG) {
        // Folders are stat'ed (the loop check); so is what d_type left open.
        if (::fstatat(fd, name, &st, AT_SYMLINK_NOFOLLOW) != 0) {
            c.error = walkError(errno);
            return true;
        }
        if (S_ISLNK(st.st_mode)) return false;
        c.isDir = S_ISDIR(st.st_mode);
        if (!c.isDir && !S_ISREG(st.st_mode)) return false; // no content
        c.needsStat = false;
        c.size = st.st_size;
        c.mtimeMs = mtimeMsOf(st);
    }
    if (ignored(state, childRel, c.isDir)) return false;
    if (!c.isDir) return m_filter.acceptsFile(childRel);
    if (!m_filter.acceptsDirectory(childRel)) return false;
    if (!m_visited.emplace(st.st_dev, st.st_ino).second) {
        qCDebug(lcWalk) << "already visited, not entering again:" << childRel.c_str();
        return false;
    }
    // A folder that cannot be listed is one error row named "name", which
    // sorts before "name-x"; one that can sorts as "name/".
    const int probe = ::openat(fd, name, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC);
    if (probe < 0) {
        c.error = walkError(errno);
        return true;
    }
    ::close(probe);
    c.key += '/';
    return true;
}

std::vector<SortedWalk::Child> SortedWalk::readChildren(int fd, const std::string &rel,
                                                        const DirState &state)
{
    std::vector<Child> children;
    const int listFd = ::fcntl(fd, F_DUPFD_CLOEXEC, 0);
    DIR *dir = listFd >= 0 ? ::fdopendir(listFd) : nullptr;
    if (dir == nullptr) {
        if (listFd >= 0) ::close(listFd);
        return children;
    }
    while (const dirent *de = ::readdir(dir)) {
        if (isCancelled(m_cancel)) break;
        const char *name = de->d_name;
        if (isDotOrDotDot(name)) continue;
        if (std::strcmp(name, ".git") == 0) continue; // a repository's internals, never content
        if (name[0] == '.' && !m_options.hidden) continue;
        Child c;
        c.key = name;
        c.nameLength = c.key.size();
        if (classify(fd, rel, name, de->d_type, state, c)) children.push_back(std::move(c));
    }
    ::closedir(dir);
    std::sort(children.begin(), children.end(),
              [](const Child &a, const Child &b) { return a.key < b.key; });
    return children;
}

} // namespace wm
