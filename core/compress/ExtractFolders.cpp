// SPDX-FileCopyrightText: 2026 WhiteMagic contributors
// SPDX-License-Identifier: MIT
//
// ExtractSession's folders: which ones received entries, their fsync (a
// power cut cannot lose a rename) and the archive's folder metadata, applied
// last. Split from ExtractSession.cpp, which reads and stages the members.

#include "ArchivePath.h"
#include "ExtractSession.h"
#include "SecureTree.h"
#include "io/ErrnoText.h"

#include <algorithm>
#include <sys/stat.h>
#include <unistd.h>

namespace wm {

// Every ancestor of a member: the merge may rename an implicit folder (`a`
// of `a/b/f`) into any of them. Deepest first, stopping at the first one
// already noted (its ancestors are then noted too), so a member costs one
// lookup in the common case.
void ExtractSession::noteStagedFolders(const QList<QByteArray> &comps)
{
    for (qsizetype depth = comps.size() - 1; depth >= 0; --depth) {
        const QByteArray folder = ArchivePath::join(comps.mid(0, depth));
        if (stagedDirs.contains(folder)) return;
        stagedDirs.insert(folder);
    }
}

// The folder entries under `root` (the staging folder before the move,
// the destination after it) on disk: a power cut cannot lose a rename.
// Runs before the archive's folder modes (0000 is one) are applied, so each
// folder can be opened; one that cannot is a failed sync, never skipped.
bool ExtractSession::syncDirs(int root)
{
    if (!options.sync) return true;
    for (const QByteArray &path : std::as_const(stagedDirs)) {
        QString why;
        const UniqueFd fd = SecureTree::openDir(
            root, path.isEmpty() ? QList<QByteArray>{} : path.split('/'), false, &why);
        if (!fd.valid() || ::fsync(fd.get()) != 0) {
            error({}, QStringLiteral("cannot sync the extracted files: %1")
                          .arg(fd.valid() ? lastErrnoText() : why));
            return false;
        }
    }
    return true;
}

void ExtractSession::applyDirectoryMetadata()
{
    // Deepest first, and after every move: renaming entries into a folder
    // changes its modification time.
    std::sort(dirs.begin(), dirs.end(), [](const DirMeta &a, const DirMeta &b) {
        return a.components.size() > b.components.size();
    });
    for (const DirMeta &d : dirs) {
        if (preexistingDirs.contains(ArchivePath::join(d.components))) continue;
        QString why;
        const UniqueFd fd = SecureTree::openDir(where.destFd(), d.components, false, &why);
        if (!fd.valid()) {
            error(ArchivePath::join(d.components), why);
            continue;
        }
        ::fchmod(fd.get(), d.mode & 0777);
        const timespec times[2] = {{0, UTIME_OMIT}, d.mtime};
        ::futimens(fd.get(), times);
        if (options.sync && ::fsync(fd.get()) != 0)
            error(ArchivePath::join(d.components),
                  QStringLiteral("cannot sync: %1").arg(lastErrnoText()));
    }
}

} // namespace wm
