// SPDX-FileCopyrightText: 2026 WhiteMagic contributors
// SPDX-License-Identifier: MIT

#include "SortedWalk.h"

#include "WalkSyscalls.h"
#include "concurrency/CancelToken.h"
#include "io/NativePath.h"

#include <algorithm>
#include <cerrno>
#include <fcntl.h>
#include <sys/stat.h>

namespace wm {
using walksys::walkError;

SortedWalk::SortedWalk(const WalkOptions &options, const CancelToken *cancel)
    : m_cancel(cancel), m_lister(options, cancel),
      m_check([this](dev_t dev, ino_t ino) { return m_visited.emplace(dev, ino).second; })
{
}

SortedWalk::~SortedWalk() = default;

QString SortedWalk::run(const Sink &sink, size_t chunkSize)
{
    m_sink = &sink;
    m_chunkSize = std::max<size_t>(1, chunkSize);
    struct stat st
    {
    };
    const QString error = m_lister.openRoot(m_rootFd, &st);
    if (!error.isEmpty()) return error;
    m_visited.emplace(st.st_dev, st.st_ino);
    listFolder(std::string(), m_lister.rootState(), UniqueFd());
    flushChunk();
    return {};
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
    const std::shared_ptr<const UniqueFd> folder = FolderLister::shareFolder(local);
    FolderLister::Listing listing = m_lister.list(fd, rel, parent, m_check);
    m_ignored += listing.ignored;
    for (Child &c : listing.children) {
        if (isCancelled(m_cancel)) break;
        visitChild(fd, folder, rel, c, listing.state);
    }
    m_lister.dropKept(listing.children); // cancelled before they were listed
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
        UniqueFd dir = m_lister.takeKept(c);
        if (!dir.valid()) {
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

} // namespace wm
