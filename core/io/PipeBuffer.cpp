// SPDX-FileCopyrightText: 2026 WhiteMagic contributors
// SPDX-License-Identifier: MIT

#include "PipeBuffer.h"

#include <fcntl.h>
#include <initializer_list>
#include <sys/stat.h>

namespace wm {

int growPipeBuffer(int fd, int bytes)
{
    struct stat st = {};
    if (::fstat(fd, &st) != 0 || !S_ISFIFO(st.st_mode)) return -1;
    const int now = ::fcntl(fd, F_GETPIPE_SZ);
    if (now < 0) return -1;
    for (const int wanted : {bytes, bytes / 4}) {
        if (wanted <= now) return now;
        const int got = ::fcntl(fd, F_SETPIPE_SZ, wanted);
        if (got >= 0) return got;
    }
    return now;
}

} // namespace wm
