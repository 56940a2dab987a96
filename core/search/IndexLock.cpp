// SPDX-FileCopyrightText: 2026 WhiteMagic contributors
// SPDX-License-Identifier: MIT

#include "IndexLock.h"

#include <QFile>
#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <string>
#include <sys/file.h>
#include <unistd.h>

namespace wm {

IndexLock::~IndexLock()
{
    unlock();
}

bool IndexLock::tryLock(const QString &dbPath, qint64 *holder, QString *error)
{
    unlock();
    *holder = 0;
    const QByteArray path = QFile::encodeName(dbPath + QStringLiteral(".lock"));
    const int fd = ::open(path.constData(), O_RDWR | O_CREAT | O_CLOEXEC, 0644);
    if (fd < 0) {
        *error = QStringLiteral("cannot create the lock file %1: %2")
                     .arg(QFile::decodeName(path), QString::fromLocal8Bit(std::strerror(errno)));
        return false;
    }
    if (::flock(fd, LOCK_EX | LOCK_NB) != 0) {
        const int err = errno;
        char buf[32] = {};
        if (::pread(fd, buf, sizeof buf - 1, 0) > 0) *holder = std::atoll(buf);
        ::close(fd);
        if (err != EWOULDBLOCK)
            *error = QStringLiteral("cannot lock %1: %2")
                         .arg(QFile::decodeName(path), QString::fromLocal8Bit(std::strerror(err)));
        return false;
    }
    // The pid is only informative (for the "busy" message).
    const std::string pid = std::to_string(::getpid()) + '\n';
    if (::ftruncate(fd, 0) == 0 && ::pwrite(fd, pid.data(), pid.size(), 0) < 0) {
        // Not fatal: the lock itself is held.
    }
    m_fd = fd;
    return true;
}

void IndexLock::unlock()
{
    if (m_fd >= 0) {
        ::close(m_fd); // releases the flock
        m_fd = -1;
    }
}

} // namespace wm
