// SPDX-FileCopyrightText: 2026 WhiteMagic contributors
// SPDX-License-Identifier: MIT

#pragma once

#include "io/UniqueFd.h"

#include <QByteArray>
#include <QList>
#include <QStringList>

namespace wm {

// File-system operations for extraction that never follow a symbolic link:
// every path is walked one component at a time with openat(O_NOFOLLOW) from
// a folder descriptor, so a link planted in the destination (or extracted
// from the archive a moment earlier) cannot redirect a write elsewhere.
class SecureTree
{
public:
    // Opens the folder at `dirs` below `rootFd`. With `create`, missing
    // folders are made (0777 minus the umask). Fails, saying why, when a
    // component is a symbolic link or not a folder.
    static UniqueFd openDir(int rootFd, const QList<QByteArray> &dirs, bool create, QString *why);

    // Could an entry be placed at `comps` below `rootFd` without writing
    // through a symbolic link and, unless `overwrite`, without replacing
    // anything? A folder may land on an existing folder (`existingDir`).
    static bool checkPlacement(int rootFd, const QList<QByteArray> &comps, bool isDir,
                               bool overwrite, QString *why, bool *existingDir);

    // Removes `name` in `parentFd` and, for a folder, everything inside it.
    static bool removeTree(int parentFd, const QByteArray &name);

    // rename(2) that fails with EEXIST instead of replacing the target.
    static int renameNoReplace(int srcFd, const QByteArray &src, int dstFd, const QByteArray &dst);

    // Names in the folder `dirFd`, without "." and "..".
    static QList<QByteArray> list(int dirFd);
};

} // namespace wm
