// SPDX-FileCopyrightText: 2026 WhiteMagic contributors
// SPDX-License-Identifier: MIT

#include "TreeMerge.h"

#include "CompressLogging.h"
#include "SecureTree.h"
#include "io/ErrnoText.h"
#include "io/NativePath.h"

#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <fcntl.h>
#include <sys/stat.h>

namespace wm {

namespace {

constexpr int kMergeDirFlags = O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC;

QList<QByteArray> components(const QByteArray &path)
{
    return path.isEmpty() ? QList<QByteArray>{} : path.split('/');
}

} // namespace

TreeMerge::TreeMerge(int srcRootFd, int dstRootFd, bool overwrite)
    : m_src(srcRootFd), m_dst(dstRootFd), m_overwrite(overwrite)
{
}

bool TreeMerge::run(QStringList &errors)
{
    m_journal.clear();
    if (mergeDir(m_src, m_dst, {}, errors)) return true;
    undo(errors);
    return false;
}

bool TreeMerge::moveEntry(int srcFd, int dstFd, const QByteArray &prefix, const QByteArray &name,
                          bool replace, QStringList &errors)
{
    const QByteArray path = prefix.isEmpty() ? name : prefix + '/' + name;
    int rc = -1;
    bool exchanged = false;
    if (m_beforeMove && !m_beforeMove(path)) {
        errno = EIO;
    } else if (!replace) {
        rc = SecureTree::renameNoReplace(srcFd, name, dstFd, name);
    } else {
        rc = ::renameat2(srcFd, name.constData(), dstFd, name.constData(), RENAME_EXCHANGE);
        exchanged = rc == 0;
        // File systems without RENAME_EXCHANGE: replace in one rename; the
        // old entry cannot come back on an undo (only a folder needs room).
        if (rc != 0 && (errno == EINVAL || errno == ENOSYS || errno == ENOTSUP)) {
            struct stat s = {};
            if (::fstatat(srcFd, name.constData(), &s, AT_SYMLINK_NOFOLLOW) == 0 &&
                S_ISDIR(s.st_mode) && ::unlinkat(dstFd, name.constData(), 0) != 0)
                rc = -1;
            else
                rc = ::renameat(srcFd, name.constData(), dstFd, name.constData());
        }
    }
    if (rc != 0) {
        errors << QStringLiteral("%1: cannot move into place: %2")
                      .arg(NativePath::displayBytes(path), lastErrnoText());
        return false;
    }
    m_journal.append({prefix, name, exchanged});
    return true;
}

bool TreeMerge::mergeDir(int srcFd, int dstFd, const QByteArray &prefix, QStringList &errors)
{
    QList<QByteArray> names = SecureTree::list(srcFd);
    std::sort(names.begin(), names.end());
    for (const QByteArray &name : names) {
        const QByteArray path = prefix.isEmpty() ? name : prefix + '/' + name;
        struct stat s = {}, d = {};
        if (::fstatat(srcFd, name.constData(), &s, AT_SYMLINK_NOFOLLOW) != 0) continue;
        if (::fstatat(dstFd, name.constData(), &d, AT_SYMLINK_NOFOLLOW) != 0) {
            if (!moveEntry(srcFd, dstFd, prefix, name, false, errors)) return false;
            continue;
        }
        if (S_ISDIR(s.st_mode) && S_ISDIR(d.st_mode)) {
            const UniqueFd from(::openat(srcFd, name.constData(), kMergeDirFlags));
            const UniqueFd to(::openat(dstFd, name.constData(), kMergeDirFlags));
            if (!from.valid() || !to.valid()) {
                errors << QStringLiteral("%1: cannot open the folder: %2")
                              .arg(NativePath::displayBytes(path), lastErrnoText());
                return false;
            }
            if (!mergeDir(from.get(), to.get(), path, errors)) return false;
            continue;
        }
        if (!m_overwrite) {
            errors << QStringLiteral("%1: already exists (use --force to overwrite)")
                          .arg(NativePath::displayBytes(path));
            return false;
        }
        if (S_ISDIR(d.st_mode)) {
            errors << QStringLiteral("%1: a folder of that name is in the way")
                          .arg(NativePath::displayBytes(path));
            return false;
        }
        if (!moveEntry(srcFd, dstFd, prefix, name, true, errors)) return false;
    }
    return true;
}

// Newest move first: an entry moved inside a folder that was itself moved
// later cannot happen (a moved folder is moved whole), so each parent still
// exists on both sides when its entries are taken back.
void TreeMerge::undo(QStringList &errors)
{
    qCWarning(lcArchive) << "merge failed; undoing" << m_journal.size() << "moves";
    for (qsizetype i = m_journal.size() - 1; i >= 0; --i) {
        const Move &m = m_journal.at(i);
        QString why;
        const UniqueFd src = SecureTree::openDir(m_src, components(m.parent), false, &why);
        const UniqueFd dst = SecureTree::openDir(m_dst, components(m.parent), false, &why);
        int rc = -1;
        if (src.valid() && dst.valid()) {
            rc = m.exchanged ? ::renameat2(dst.get(), m.name.constData(), src.get(),
                                           m.name.constData(), RENAME_EXCHANGE)
                             : SecureTree::renameNoReplace(dst.get(), m.name, src.get(), m.name);
            if (rc != 0) why = lastErrnoText();
        }
        if (rc != 0) {
            const QByteArray path = m.parent.isEmpty() ? m.name : m.parent + '/' + m.name;
            errors << QStringLiteral("%1: could not be taken back out of the destination: %2")
                          .arg(NativePath::displayBytes(path), why);
        }
    }
}

} // namespace wm
