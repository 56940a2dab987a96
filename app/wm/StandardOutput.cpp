// SPDX-FileCopyrightText: 2026 WhiteMagic contributors
// SPDX-License-Identifier: MIT

#include "StandardOutput.h"

#include "CliSupport.h"
#include "io/ErrnoText.h"

#include <cerrno>
#include <cstdio>
#include <fcntl.h>
#include <unistd.h>

namespace wm::cli {

StandardOutput &StandardOutput::instance()
{
    static StandardOutput out;
    return out;
}

void StandardOutput::guardStandardDescriptors()
{
    for (int fd = 0; fd <= 2; ++fd) {
        if (::fcntl(fd, F_GETFD) != -1 || errno != EBADF) continue;
        // The lowest free descriptor is `fd`: 0..fd-1 are open by now.
        const int got = ::open("/dev/null", (fd == 0 ? O_WRONLY : O_RDONLY) | O_CLOEXEC);
        if (got >= 0 && got != fd) ::close(got);
        if (got == fd) ::fcntl(fd, F_SETFD, 0); // children inherit the same guard
    }
}

bool StandardOutput::fail(int err)
{
    if (m_error.isEmpty()) m_error = errnoText(err);
    return false;
}

bool StandardOutput::write(const char *data, qint64 size)
{
    if (failed()) return false;
    if (size <= 0) return true;
    errno = 0;
    if (std::fwrite(data, 1, size_t(size), stdout) != size_t(size) || std::ferror(stdout))
        return fail(errno != 0 ? errno : EIO);
    return true;
}

bool StandardOutput::flush()
{
    if (failed()) return false;
    errno = 0;
    if (std::fflush(stdout) != 0) return fail(errno != 0 ? errno : EIO);
    return true;
}

int StandardOutput::finish(const QString &command, int exitCode)
{
    flush();
    // fclose(3) flushes again and closes fd 1; EBADF here only means the
    // guard above found it closed, which an earlier write already reported.
    errno = 0;
    if (std::fclose(stdout) != 0 && !failed()) fail(errno != 0 ? errno : EIO);
    if (!failed()) return exitCode;
    if (!m_reported) {
        printError(command, QStringLiteral("cannot write standard output: %1").arg(m_error));
        m_reported = true;
    }
    return exitCode == ExitOk ? int(ExitPartial) : exitCode;
}

} // namespace wm::cli
