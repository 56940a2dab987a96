// SPDX-FileCopyrightText: 2026 WhiteMagic contributors
// SPDX-License-Identifier: MIT

#include "ErrnoText.h"

#include <cerrno>
#include <cstring>

namespace wm {

QString errnoText(int err)
{
    return QString::fromLocal8Bit(std::strerror(err));
}

QString lastErrnoText()
{
    return errnoText(errno);
}

QString fileErrorText(int err, const QString &vanished)
{
    switch (err) {
    case ENOENT:
        return vanished;
    case EACCES:
    case EPERM:
        return QStringLiteral("permission denied");
    case EISDIR:
        return QStringLiteral("is a directory");
    case ELOOP:
        return QStringLiteral("symbolic link loop");
    case ENAMETOOLONG:
        return QStringLiteral("name too long");
    default:
        return errnoText(err);
    }
}

} // namespace wm
