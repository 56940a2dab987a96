// SPDX-FileCopyrightText: 2026 WhiteMagic contributors
// SPDX-License-Identifier: MIT

#include "ThreadClock.h"

#include <cerrno>
#include <cstdlib>
#include <ctime>
#include <fcntl.h>
#include <unistd.h>

namespace wm {
namespace {

// One descriptor per thread: /proc/thread-self names the thread that opens
// it, and re-opening per task would double the syscalls. Closed when the
// thread ends.
class SchedStatFile
{
public:
    ~SchedStatFile()
    {
        if (m_fd >= 0) ::close(m_fd);
    }
    int fd()
    {
        if (m_fd == Unopened) {
            m_fd = ::open("/proc/thread-self/schedstat", O_RDONLY | O_CLOEXEC);
            if (m_fd < 0) m_fd = Unavailable;
        }
        return m_fd;
    }

private:
    static constexpr int Unopened = -1;
    static constexpr int Unavailable = -2;
    int m_fd = Unopened;
};

} // namespace

qint64 ThreadClock::cpuNs()
{
    timespec ts{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return qint64(ts.tv_sec) * 1000000000 + ts.tv_nsec;
}

qint64 ThreadClock::runDelayNs()
{
    thread_local SchedStatFile file;
    const int fd = file.fd();
    if (fd < 0) return 0;
    // "<cpu ns> <run-queue delay ns> <timeslices>\n"
    char buf[96];
    const ssize_t n = ::pread(fd, buf, sizeof buf - 1, 0);
    if (n <= 0) return 0;
    buf[n] = 0;
    char *end = nullptr;
    std::strtoll(buf, &end, 10);
    if (end == buf) return 0;
    const char *second = end;
    const long long delay = std::strtoll(second, &end, 10);
    return end == second ? 0 : qint64(delay);
}

} // namespace wm
