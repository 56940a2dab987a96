// SPDX-FileCopyrightText: 2026 WhiteMagic contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "io/ErrnoText.h"
#include "io/NativePath.h"
#include "io/UniqueFd.h"

#include <QString>
#include <cerrno>
#include <fcntl.h>
#include <string>
#include <sys/stat.h>

// Small helpers the walks (WalkRun, the parallel one; SortedWalk and
// ParallelSortedWalk, in path order) share, so they name errors and times
// the same way.
namespace wm::walksys {

// The error text of a walk step; ENOENT means the entry vanished meanwhile.
inline QString walkError(int err)
{
    return fileErrorText(err, QStringLiteral("vanished during the walk"));
}

// "cannot open ROOT: why", naming the root as the user gave it.
inline QString cannotOpenRoot(const QString &root, int err)
{
    return QStringLiteral("cannot open %1: %2").arg(NativePath::display(root), walkError(err));
}

// The root of a walk (`root` as given, `rootNative` its bytes), checked and
// opened as `fd`, its identity in `*st`: why it cannot be walked, or nothing.
inline QString openRoot(const QString &root, const std::string &rootNative, UniqueFd &fd,
                        struct stat *st)
{
    if (::stat(rootNative.c_str(), st) != 0) return cannotOpenRoot(root, errno);
    if (!S_ISDIR(st->st_mode))
        return QStringLiteral("%1 is not a folder").arg(NativePath::display(root));
    fd.reset(::open(rootNative.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC));
    if (!fd.valid()) return cannotOpenRoot(root, errno);
    return {};
}

inline qint64 mtimeMsOf(const struct stat &st)
{
    return qint64(st.st_mtim.tv_sec) * 1000 + st.st_mtim.tv_nsec / 1000000;
}

inline bool isDotOrDotDot(const char *name)
{
    return name[0] == '.' && (name[1] == 0 || (name[1] == '.' && name[2] == 0));
}

} // namespace wm::walksys
