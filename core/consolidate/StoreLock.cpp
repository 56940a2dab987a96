// SPDX-FileCopyrightText: 2026 WhiteMagic contributors
// SPDX-License-Identifier: MIT

#include "StoreLock.h"

#include "io/ErrnoText.h"
#include "io/NativePath.h"

#include <cerrno>
#include <fcntl.h>
#include <sys/file.h>

namespace wm {

bool StoreLock::acquire(const QString &root, QString *error)
{
    UniqueFd fd(::open(NativePath::encode(root).constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC));
    if (!fd.valid()) {
        *error = QStringLiteral("%1: %2").arg(NativePath::display(root), lastErrnoText());
        return false;
    }
    if (::flock(fd.get(), LOCK_EX | LOCK_NB) != 0) {
        *error = errno == EWOULDBLOCK
                     ? QStringLiteral("%1: another process is consolidating or restoring this "
                                      "memory folder")
                           .arg(NativePath::display(root))
                     : QStringLiteral("%1: cannot lock: %2")
                           .arg(NativePath::display(root), lastErrnoText());
        return false;
    }
    m_fd = std::move(fd);
    return true;
}

} // namespace wm
