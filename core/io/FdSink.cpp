// SPDX-FileCopyrightText: 2026 WhiteMagic contributors
// SPDX-License-Identifier: MIT

#include "FdSink.h"

#include "ErrnoText.h"

#include <cerrno>
#include <cstring>
#include <unistd.h>

namespace wm {

bool FdSink::write(const char *data, qint64 size)
{
    while (size > 0) {
        const ssize_t n = ::write(m_fd, data, size_t(size));
        if (n < 0) {
            if (errno == EINTR) continue;
            m_error = QStringLiteral("write error: %1").arg(lastErrnoText());
            return false;
        }
        data += n;
        size -= n;
    }
    return true;
}

} // namespace wm
