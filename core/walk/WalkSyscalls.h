// SPDX-FileCopyrightText: 2026 WhiteMagic contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "io/ErrnoText.h"

#include <QString>
#include <sys/stat.h>

// Small helpers both walks (WalkRun, the parallel one; SortedWalk, the one in
// path order) share, so they name errors and times the same way.
namespace wm::walksys {

// The error text of a walk step; ENOENT means the entry vanished meanwhile.
inline QString walkError(int err)
{
    return fileErrorText(err, QStringLiteral("vanished during the walk"));
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
