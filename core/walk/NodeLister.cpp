// SPDX-FileCopyrightText: 2026 WhiteMagic contributors
// SPDX-License-Identifier: MIT

#include "NodeLister.h"

#include "io/NativePath.h"
#include "io/StatBatch.h"

#include <algorithm>
#include <cerrno>
#include <fcntl.h>

namespace wm {
namespace {

std::string childPath(const std::string &rel, const std::string &key, size_t nameLength)
{
    std::string path;
    path.reserve(rel.size() + 1 + nameLength);
    if (!rel.empty()) (path += rel) += '/';
    path.append(key, 0, nameLength);
    return path;
}

} // namespace

NodeLister::NodeLister(const FolderLister &lister, const UniqueFd &rootFd, bool displayPaths,
                       bool statFiles)
    : m_lister(lister), m_rootFd(rootFd), m_displayPaths(displayPaths), m_statFiles(statFiles)
{
}

UniqueFd NodeLister::open(WalkNode &n) const
{
    if (n.fd.valid()) {
        m_lister.releaseKept();
        return std::move(n.fd);
    }
    if (n.rel.empty()) return UniqueFd(::dup(m_rootFd.get()));
    if (n.parentFolder) {
        const size_t slash = n.rel.rfind('/');
        const char *name = n.rel.c_str() + (slash == std::string::npos ? 0 : slash + 1);
        return UniqueFd(
            ::openat(n.parentFolder->get(), name, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC));
    }
    return UniqueFd(
        NativePath::openBelow(m_rootFd.get(), n.rel, O_RDONLY | O_DIRECTORY | O_NOFOLLOW));
}

void NodeLister::read(WalkNode &n, Listed &out) const
{
    out.local = open(n);
    if (!out.local.valid()) {
        n.openError = errno;
        return;
    }
    out.fd = out.local.get(); // open until `folder` and `local` go
    out.folder = FolderLister::shareFolder(out.local);
    // Here only a folder that is its own ancestor is cut (it would list
    // forever); one seen elsewhere is cut when the walk enters the parent.
    const FolderLister::FolderCheck notAncestor = [&n](dev_t dev, ino_t ino) {
        return std::find(n.path.begin(), n.path.end(), WalkNode::Id(dev, ino)) == n.path.end();
    };
    out.listing = m_lister.list(out.fd, n.rel, n.parentState, notAncestor);
    n.ignored = out.listing.ignored;
}

void NodeLister::finish(std::span<WalkNode *const> nodes, std::vector<Listed> &listed) const
{
    if (m_statFiles) statFiles(listed);
    for (size_t i = 0; i < nodes.size() && i < listed.size(); ++i)
        addEntries(*nodes[i], listed[i]);
}

void NodeLister::listOne(WalkNode &n) const
{
    std::vector<Listed> listed(1);
    read(n, listed.front());
    WalkNode *const nodes[] = {&n};
    finish(nodes, listed);
}

// The files d_type called regular, in one batch for all the folders: fewer
// and fuller io_uring submissions, and the stats' path lookups run while
// the folders' names are still in the cache, on the thread that listed
// them. A file whose stat fails keeps needsStat (the consumer's own stat
// then meets the same error and reports it).
void NodeLister::statFiles(std::vector<Listed> &listed) const
{
    std::vector<StatBatch::Item> items;
    std::vector<FolderLister::Child *> which;
    for (Listed &l : listed) {
        for (FolderLister::Child &c : l.listing.children) {
            if (c.isDir || !c.needsStat || !c.error.isEmpty()) continue;
            StatBatch::Item item;
            item.dirFd = l.fd;
            item.name = c.key.c_str();
            items.push_back(item);
            which.push_back(&c);
        }
    }
    if (items.empty()) return;
    StatBatch::forThisThread().run(items);
    for (size_t i = 0; i < items.size(); ++i) {
        if (items[i].error != 0) continue;
        which[i]->size = items[i].size;
        which[i]->mtimeMs = items[i].mtimeMs;
        which[i]->needsStat = false;
    }
}

void NodeLister::addFolder(WalkNode &n, FolderLister::Child &c, std::string rel,
                           const Listed &l) const
{
    auto sub = std::make_shared<WalkNode>();
    sub->rel = std::move(rel);
    sub->parentState = l.listing.state;
    sub->parentFolder = l.folder;
    sub->fd = std::move(c.fd); // stays in the kept budget until open()
    sub->path = n.path;
    sub->path.emplace_back(c.dev, c.ino);
    sub->listedOrder = c.listedOrder;
    n.folders.push_back({n.entries.size(), std::move(sub)});
}

void NodeLister::addEntries(WalkNode &n, Listed &l) const
{
    n.entries.reserve(l.listing.children.size());
    for (FolderLister::Child &c : l.listing.children) {
        std::string rel = childPath(n.rel, c.key, c.nameLength);
        if (c.isDir && c.error.isEmpty()) {
            addFolder(n, c, std::move(rel), l);
            continue;
        }
        WalkEntry &e = n.entries.emplace_back();
        if (m_displayPaths || c.isDir || !c.error.isEmpty())
            e.relPath = NativePath::displayBytes(rel) + (c.isDir ? QStringLiteral("/") : QString());
        e.nativeRel = std::move(rel);
        e.isDirectory = c.isDir;
        e.error = std::move(c.error);
        e.size = c.size;
        e.mtimeMs = c.mtimeMs;
        if (e.error.isEmpty()) {
            e.folder = l.folder;
            e.needsStat = c.needsStat;
        } else {
            ++n.errors;
        }
    }
}

} // namespace wm
