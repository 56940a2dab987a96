#pragma once

// Runs a program with posix_spawn and collects its output, like
// wmtest::run. QProcess cannot be used in ThreadSanitizer builds here:
// clang 14's clone() interceptor aborts ("CHECK failed: tsan_rtl.cpp:234
// ((!thr->slot)) != (0)") when Qt 6.4 starts a child through forkfd's
// clone(), while glibc's posix_spawn makes the syscall itself.

#include "TestSupport.h"

#include <QElapsedTimer>
#include <QFile>
#include <cerrno>
#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>
#include <vector>

extern char **environ;

namespace balancetest {

inline wmtest::ProcessResult spawn(const QString &program, const QStringList &args,
                                   int timeoutMs = 120000)
{
    wmtest::ProcessResult r;
    int out[2];
    int err[2];
    if (::pipe2(out, O_CLOEXEC) != 0) return r;
    if (::pipe2(err, O_CLOEXEC) != 0) {
        ::close(out[0]);
        ::close(out[1]);
        return r;
    }
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0);
    posix_spawn_file_actions_adddup2(&actions, out[1], 1);
    posix_spawn_file_actions_adddup2(&actions, err[1], 2);
    std::vector<QByteArray> bytes{QFile::encodeName(program)};
    for (const QString &a : args)
        bytes.push_back(a.toUtf8());
    std::vector<char *> argv;
    for (QByteArray &b : bytes)
        argv.push_back(b.data());
    argv.push_back(nullptr);
    pid_t pid = 0;
    const int rc = posix_spawnp(&pid, argv[0], &actions, nullptr, argv.data(), environ);
    posix_spawn_file_actions_destroy(&actions);
    ::close(out[1]);
    ::close(err[1]);
    if (rc != 0) {
        ::close(out[0]);
        ::close(err[0]);
        return r;
    }
    r.started = true;
    // Read both pipes as they fill, so a chatty child never blocks.
    pollfd fds[2] = {{out[0], POLLIN, 0}, {err[0], POLLIN, 0}};
    QByteArray *sinks[2] = {&r.out, &r.err};
    int open = 2;
    bool timedOut = false;
    QElapsedTimer timer;
    timer.start();
    while (open > 0) {
        const qint64 left = timeoutMs - timer.elapsed();
        if (left <= 0) {
            timedOut = true;
            ::kill(pid, SIGKILL);
            break;
        }
        if (::poll(fds, 2, int(left)) < 0 && errno != EINTR) break;
        for (int i = 0; i < 2; ++i) {
            if (fds[i].fd < 0 || fds[i].revents == 0) continue;
            char buf[65536];
            const ssize_t n = ::read(fds[i].fd, buf, sizeof buf);
            if (n > 0) {
                sinks[i]->append(buf, n);
            } else if (n == 0 || errno != EINTR) {
                ::close(fds[i].fd);
                fds[i].fd = -1;
                --open;
            }
        }
    }
    for (const pollfd &f : fds)
        if (f.fd >= 0) ::close(f.fd);
    int status = 0;
    while (::waitpid(pid, &status, 0) < 0 && errno == EINTR) {
    }
    r.exitCode = timedOut ? -2 : WIFEXITED(status) ? WEXITSTATUS(status) : -3;
    return r;
}

inline wmtest::ProcessResult wm(const QStringList &args)
{
    return spawn(QStringLiteral(WM_BINARY), args);
}

} // namespace balancetest
