// SPDX-FileCopyrightText: 2026 WhiteMagic contributors
// SPDX-License-Identifier: MIT

#include "FdSource.h"

#include "ErrnoText.h"
#include "NativePath.h"

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <unistd.h>

namespace wm {

FdSource::~FdSource()
{
    close();
}

bool FdSource::open(const QString &path)
{
    close();
    if (path == QLatin1String("-")) {
        m_fd = STDIN_FILENO;
        m_owned = false;
    } else {
        m_fd = ::open(NativePath::encode(path).constData(), O_RDONLY | O_CLOEXEC);
        if (m_fd < 0) {
            m_error = lastErrnoText();
            return false;
        }
        m_owned = true;
    }
    if (::fstat(m_fd, &m_stat) != 0) {
        m_error = lastErrnoText();
        close();
        return false;
    }
    if (S_ISDIR(m_stat.st_mode)) {
        m_error = QStringLiteral("is a directory");
        close();
        return false;
    }
    // A larger read-ahead for long sequential reads; a file within the
    // default read-ahead window (128 KiB) gains nothing from it, and
    // thousands of small files would pay a system call each.
    constexpr off_t kDefaultReadAhead = 128 << 10;
    if (S_ISREG(m_stat.st_mode) && m_stat.st_size > kDefaultReadAhead)
        ::posix_fadvise(m_fd, 0, 0, POSIX_FADV_SEQUENTIAL);
    return true;
}

void FdSource::close()
{
    if (m_owned && m_fd >= 0) ::close(m_fd);
    m_fd = -1;
    m_owned = false;
}

qint64 FdSource::read(char *data, qint64 maxSize)
{
    if (m_fd < 0) {
        m_error = QStringLiteral("not open");
        return -1;
    }
    // Pipes return short reads; callers loop, so one read(2) is enough here.
    for (;;) {
        const ssize_t n = ::read(m_fd, data, size_t(maxSize));
        if (n >= 0) return n;
        if (errno == EINTR) continue;
        m_error = QStringLiteral("read error: %1").arg(lastErrnoText());
        return -1;
    }
}

} // namespace wm
