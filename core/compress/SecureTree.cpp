// SPDX-FileCopyrightText: 2026 WhiteMagic contributors
// SPDX-License-Identifier: MIT

#include "SecureTree.h"

#include "io/ErrnoText.h"
#include "io/NativePath.h"

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <dirent.h>
#include <fcntl.h>
#include <sys/stat.h>

namespace wm {

namespace {

constexpr int kDirFlags = O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC;

QString shown(const QByteArray &path)
{
    return NativePath::displayBytes(path);
}

} // namespace

UniqueFd SecureTree::openDir(int rootFd, const QList<QByteArray> &dirs, bool create, QString *why)
{
    UniqueFd cur(::fcntl(rootFd, F_DUPFD_CLOEXEC, 0));
    QByteArray path;
    for (const QByteArray &name : dirs) {
        path += path.isEmpty() ? name : '/' + name;
        int fd = ::openat(cur.get(), name.constData(), kDirFlags);
        if (fd < 0 && errno == ENOENT && create) {
            if (::mkdirat(cur.get(), name.constData(), 0777) != 0 && errno != EEXIST) {
                if (why)
                    *why = QStringLiteral("cannot create the folder %1: %2")
                               .arg(shown(path), lastErrnoText());
                return {};
            }
            fd = ::openat(cur.get(), name.constData(), kDirFlags);
        }
        if (fd < 0) {
            const int err = errno;
            struct stat st = {};
            if (why) {
                if (::fstatat(cur.get(), name.constData(), &st, AT_SYMLINK_NOFOLLOW) == 0 &&
                    S_ISLNK(st.st_mode))
                    *why = QStringLiteral("%1 is a symbolic link; refusing to write through it")
                               .arg(shown(path));
                else if (err == ENOTDIR)
                    *why = QStringLiteral("%1 is not a folder").arg(shown(path));
                else
                    *why = QStringLiteral("cannot open the folder %1: %2")
                               .arg(shown(path), QString::fromLocal8Bit(std::strerror(err)));
            }
            return {};
        }
        cur.reset(fd);
    }
    return cur;
}

bool SecureTree::checkPlacement(int rootFd, const QList<QByteArray> &comps, bool isDir,
                                bool overwrite, QString *why, bool *existingDir)
{
    const auto refuse = [why](const QString &reason) {
        if (why) *why = reason;
        return false;
    };
    *existingDir = false;
    int dirFd = rootFd;
    UniqueFd holder;
    QByteArray sub;
    for (qsizetype i = 0; i + 1 < comps.size(); ++i) {
        sub += sub.isEmpty() ? comps[i] : '/' + comps[i];
        struct stat st = {};
        if (::fstatat(dirFd, comps[i].constData(), &st, AT_SYMLINK_NOFOLLOW) != 0)
            return true; // everything below is new
        if (S_ISLNK(st.st_mode))
            return refuse(QStringLiteral("the destination's %1 is a symbolic link; refusing to "
                                         "write through it")
                              .arg(shown(sub)));
        if (!S_ISDIR(st.st_mode))
            return refuse(QStringLiteral("the destination's %1 is not a folder").arg(shown(sub)));
        holder.reset(::openat(dirFd, comps[i].constData(), kDirFlags));
        if (!holder.valid()) return true;
        dirFd = holder.get();
    }
    struct stat st = {};
    if (::fstatat(dirFd, comps.last().constData(), &st, AT_SYMLINK_NOFOLLOW) != 0) return true;
    if (isDir && S_ISDIR(st.st_mode)) {
        *existingDir = true;
        return true;
    }
    if (S_ISDIR(st.st_mode))
        return refuse(QStringLiteral("a folder of that name exists in the destination"));
    if (isDir && S_ISLNK(st.st_mode))
        return refuse(
            QStringLiteral("is a symbolic link in the destination; refusing to write through it"));
    if (!overwrite) return refuse(QStringLiteral("already exists (use --force to overwrite)"));
    return true;
}

QList<QByteArray> SecureTree::list(int dirFd)
{
    QList<QByteArray> names;
    const int fd = ::openat(dirFd, ".", kDirFlags);
    if (fd < 0) return names;
    DIR *dir = ::fdopendir(fd);
    if (!dir) {
        ::close(fd);
        return names;
    }
    while (const struct dirent *d = ::readdir(dir)) {
        const QByteArray name(d->d_name);
        if (name != "." && name != "..") names.append(name);
    }
    ::closedir(dir);
    return names;
}

bool SecureTree::removeTree(int parentFd, const QByteArray &name)
{
    struct stat st = {};
    if (::fstatat(parentFd, name.constData(), &st, AT_SYMLINK_NOFOLLOW) != 0)
        return errno == ENOENT;
    if (!S_ISDIR(st.st_mode)) return ::unlinkat(parentFd, name.constData(), 0) == 0;
    {
        const UniqueFd dir(::openat(parentFd, name.constData(), kDirFlags));
        if (!dir.valid()) return false;
        ::fchmod(dir.get(), 0700); // a read-only folder could not be emptied
        for (const QByteArray &child : list(dir.get()))
            removeTree(dir.get(), child);
    }
    return ::unlinkat(parentFd, name.constData(), AT_REMOVEDIR) == 0;
}

int SecureTree::renameNoReplace(int srcFd, const QByteArray &src, int dstFd, const QByteArray &dst)
{
    if (::renameat2(srcFd, src.constData(), dstFd, dst.constData(), RENAME_NOREPLACE) == 0)
        return 0;
    if (errno != EINVAL && errno != ENOSYS && errno != ENOTSUP) return -1;
    // No RENAME_NOREPLACE on this file system: link(2) refuses existing
    // names, for files; folders cannot be linked, so check, then rename.
    if (::linkat(srcFd, src.constData(), dstFd, dst.constData(), 0) == 0)
        return ::unlinkat(srcFd, src.constData(), 0);
    if (errno == EEXIST) return -1;
    struct stat st = {};
    if (::fstatat(dstFd, dst.constData(), &st, AT_SYMLINK_NOFOLLOW) == 0) {
        errno = EEXIST;
        return -1;
    }
    return ::renameat(srcFd, src.constData(), dstFd, dst.constData());
}

} // namespace wm
