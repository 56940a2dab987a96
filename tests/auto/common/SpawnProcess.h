// SPDX-FileCopyrightText: 2026 WhiteMagic contributors
// SPDX-License-Identifier: MIT

#pragma once

// The one way the suites start child processes (wm, rg, sqlite3, git, find):
// posix_spawn rather than QProcess, because under ThreadSanitizer (clang 14)
// the clone() that Qt 6.4's forkfd uses to start a child aborts the test
// ("CHECK failed ... ForkAfter"); glibc's posix_spawn does not go there.
// wait4 also gives the child's peak memory (ProcessResult::maxRssKiB).

#include "TestSupport.h"
#include "io/NativePath.h"

#include <QElapsedTimer>
#include <QFile>
#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <spawn.h>
#include <stdlib.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>
#include <vector>

extern char **environ;

namespace wmtest {

struct SpawnOptions
{
    QString workDir;
    QStringList env; // "NAME=value" entries added to (or replacing) the environment
    // Where the child's standard output goes: a pipe read into
    // ProcessResult::out (default), the file `stdoutFile` opened for writing
    // (e.g. /dev/full), nowhere (descriptor 1 closed), or a pseudo-terminal
    // that stdout and stderr share (read into ProcessResult::out), so the
    // child sees isatty() true.
    enum class Stdout
    {
        Pipe,
        File,
        Closed,
        Terminal
    };
    Stdout stdoutTo = Stdout::Pipe;
    QString stdoutFile = {};
};

namespace detail {

// argv and envp as posix_spawn wants them; owns the bytes.
struct CommandLine
{
    std::vector<QByteArray> bytes;
    std::vector<char *> argv;
    std::vector<QByteArray> envBytes;
    std::vector<char *> envp;

    CommandLine(const QString &program, const QStringList &args, const QStringList &env)
    {
        bytes.push_back(QFile::encodeName(program));
        for (const QString &a : args)
            bytes.push_back(wm::NativePath::encode(a)); // lossless: args may be non-UTF-8 paths
        for (QByteArray &b : bytes)
            argv.push_back(b.data());
        argv.push_back(nullptr);
        for (char **e = environ; *e != nullptr; ++e) {
            const QByteArray entry(*e);
            bool replaced = false;
            for (const QString &o : env)
                replaced =
                    replaced || entry.startsWith(o.section(QLatin1Char('='), 0, 0).toUtf8() + '=');
            if (!replaced) envBytes.push_back(entry);
        }
        for (const QString &o : env)
            envBytes.push_back(o.toUtf8());
        for (QByteArray &b : envBytes)
            envp.push_back(b.data());
        envp.push_back(nullptr);
    }
};

} // namespace detail

// Starts a program without waiting for it; returns its pid (0 on failure).
// Its standard output goes to the descriptor `stdoutFd` (/dev/null when -1),
// its standard error to the file `stderrFile` (/dev/null when empty).
inline pid_t spawnDetached(const QString &program, const QStringList &args, int stdoutFd,
                           const QString &stderrFile)
{
    detail::CommandLine cmd(program, args, {});
    const QByteArray errFile =
        stderrFile.isEmpty() ? QByteArray("/dev/null") : QFile::encodeName(stderrFile);
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0);
    if (stdoutFd >= 0)
        posix_spawn_file_actions_adddup2(&actions, stdoutFd, 1);
    else
        posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0);
    posix_spawn_file_actions_addopen(&actions, 2, errFile.constData(), O_WRONLY | O_CREAT | O_TRUNC,
                                     0644);
    pid_t pid = 0;
    const int rc =
        posix_spawnp(&pid, cmd.argv[0], &actions, nullptr, cmd.argv.data(), cmd.envp.data());
    posix_spawn_file_actions_destroy(&actions);
    return rc == 0 ? pid : 0;
}

// Starts a program with its output thrown away; returns its pid (0 on failure).
inline pid_t spawnDetached(const QString &program, const QStringList &args)
{
    return spawnDetached(program, args, -1, {});
}

// SIGKILL, then reap. Returns whether the process was still running.
inline bool killAndReap(pid_t pid)
{
    int status = 0;
    const bool running = ::waitpid(pid, &status, WNOHANG) == 0;
    if (running) {
        ::kill(pid, SIGKILL);
        while (::waitpid(pid, &status, 0) < 0 && errno == EINTR) {
        }
    }
    return running;
}

// Runs a program to completion, collecting its output (like wmtest::run).
inline ProcessResult spawn(const QString &program, const QStringList &args,
                           const SpawnOptions &options = {}, int timeoutMs = 120000)
{
    ProcessResult r;
    int out[2], err[2];
    if (::pipe2(out, O_CLOEXEC) != 0) return r;
    if (::pipe2(err, O_CLOEXEC) != 0) {
        ::close(out[0]);
        ::close(out[1]);
        return r;
    }
    detail::CommandLine cmd(program, args, options.env);
    using Stdout = SpawnOptions::Stdout;
    QByteArray terminalName;
    if (options.stdoutTo == Stdout::Terminal) {
        // The master side replaces the stdout pipe; the child opens the slave.
        const int master = ::posix_openpt(O_RDWR | O_NOCTTY | O_CLOEXEC);
        if (master < 0 || ::grantpt(master) != 0 || ::unlockpt(master) != 0) {
            for (int fd : {out[0], out[1], err[0], err[1], master})
                if (fd >= 0) ::close(fd);
            return r;
        }
        terminalName = ::ptsname(master);
        ::close(out[0]);
        out[0] = master;
    }
    const QByteArray stdoutFile = QFile::encodeName(options.stdoutFile);
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0);
    switch (options.stdoutTo) {
    case Stdout::Pipe:
        posix_spawn_file_actions_adddup2(&actions, out[1], 1);
        posix_spawn_file_actions_adddup2(&actions, err[1], 2);
        break;
    case Stdout::File:
        posix_spawn_file_actions_addopen(&actions, 1, stdoutFile.constData(),
                                         O_WRONLY | O_CREAT | O_TRUNC, 0644);
        posix_spawn_file_actions_adddup2(&actions, err[1], 2);
        break;
    case Stdout::Closed:
        posix_spawn_file_actions_addclose(&actions, 1);
        posix_spawn_file_actions_adddup2(&actions, err[1], 2);
        break;
    case Stdout::Terminal:
        posix_spawn_file_actions_addopen(&actions, 1, terminalName.constData(), O_RDWR | O_NOCTTY,
                                         0);
        posix_spawn_file_actions_adddup2(&actions, 1, 2);
        break;
    }
    const QByteArray dir = QFile::encodeName(options.workDir);
    if (!options.workDir.isEmpty()) posix_spawn_file_actions_addchdir_np(&actions, dir.constData());
    pid_t pid = 0;
    const int rc =
        posix_spawnp(&pid, cmd.argv[0], &actions, nullptr, cmd.argv.data(), cmd.envp.data());
    posix_spawn_file_actions_destroy(&actions);
    ::close(out[1]);
    ::close(err[1]);
    if (rc != 0) {
        ::close(out[0]);
        ::close(err[0]);
        return r;
    }
    r.started = true;
    // Both pipes are drained as they fill, so a chatty child never blocks.
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
                // (A terminal's master reads EIO once the child has exited.)
                ::close(fds[i].fd);
                fds[i].fd = -1;
                --open;
            }
        }
    }
    for (const pollfd &f : fds)
        if (f.fd >= 0) ::close(f.fd);
    int status = 0;
    struct rusage usage = {};
    while (::wait4(pid, &status, 0, &usage) < 0 && errno == EINTR) {
    }
    r.maxRssKiB = usage.ru_maxrss;
    r.exitCode = timedOut ? -2 : WIFEXITED(status) ? WEXITSTATUS(status) : -3;
    return r;
}

// Runs the wm binary built with the tests.
inline ProcessResult runWm(const QStringList &args, const SpawnOptions &options = {},
                           int timeoutMs = 120000)
{
    return spawn(QStringLiteral(WM_BINARY), args, options, timeoutMs);
}

} // namespace wmtest
