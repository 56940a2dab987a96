// SPDX-FileCopyrightText: 2026 WhiteMagic contributors
// SPDX-License-Identifier: MIT

#pragma once

// A child process that a test kills at a stage of its work rather than after
// a time. A time is a fraction of one run's speed, which a sanitizer, a
// loaded machine or a faster one changes (tst_searchrobustness's indexer
// once finished before the kill meant for its middle, under TSan). Here:
//  - its standard output is a pipe that the test has filled and reads only
//    in runToEnd(), so the child blocks at its first write there (`wm index
//    -q`: the summary, once its work is done) and cannot exit before it is
//    killed;
//  - it runs in slices of about a millisecond between SIGSTOP and SIGCONT,
//    and the test looks at it (its files, /proc/PID/io) only while it is
//    stopped: what the test saw is where it was when it was killed (or
//    sent another signal: runToEnd() then drains the pipe so it can finish).
// Linux only (/proc, pipe2), as the suites' other child processes.

#include "SpawnProcess.h"

#include <QElapsedTimer>
#include <QThread>
#include <functional>
#include <poll.h>

namespace wmtest {

class SteppedChild
{
public:
    // A point in the child's work, told by what the test sees while it is
    // stopped (its files, workerBytesRead()).
    struct Stage
    {
        QString name;
        std::function<bool(const SteppedChild &)> reached; // empty: at once
    };

    // Starts `program`; standard error goes to `stderrFile` (truncated).
    SteppedChild(const QString &program, const QStringList &args, const QString &stderrFile)
    {
        if (!fillPipe()) return;
        m_pid = spawnDetached(program, args, m_stdout[1], stderrFile);
    }
    ~SteppedChild()
    {
        kill();
        for (int &fd : m_stdout)
            if (fd >= 0) ::close(fd);
    }
    SteppedChild(const SteppedChild &) = delete;
    SteppedChild &operator=(const SteppedChild &) = delete;

    [[nodiscard]] bool started() const { return m_pid > 0; }

    // Lets the child run until `reached`, called while it is stopped, says
    // so, and leaves it stopped. False when it ended first or after
    // `timeoutMs` (its wait status is then in status()).
    bool runUntil(const std::function<bool()> &reached, int timeoutMs = 120000)
    {
        QElapsedTimer timer;
        timer.start();
        while (stop()) {
            if (reached()) return true;
            if (timer.elapsed() > timeoutMs) return false;
            ::kill(m_pid, SIGCONT);
            QThread::usleep(1000);
        }
        return false;
    }

    // What the child's threads other than the main one have read so far
    // (read(2) and the like: rchar of /proc/PID/io, which counts threads
    // that have ended too, less the main thread's), or -1 when unknown.
    // For `wm index`: the files' text, read on its pool threads, without
    // what the main thread reads of the index when it opens it.
    [[nodiscard]] qint64 workerBytesRead() const
    {
        // The main thread's first: of a child at work, the total read after
        // it is at least as large (never a negative difference).
        const qint64 main = rchar(QStringLiteral("/proc/%1/task/%1/io").arg(m_pid));
        const qint64 all = rchar(QStringLiteral("/proc/%1/io").arg(m_pid));
        return all < 0 || main < 0 ? -1 : all - main;
    }

    // SIGKILL, then reap. True when the signal is what ended the child (it
    // was still at work, or stopped, when it came).
    bool kill()
    {
        if (m_pid <= 0) return false;
        if (!m_reaped) {
            ::kill(m_pid, SIGKILL);
            while (::waitpid(m_pid, &m_status, 0) < 0 && errno == EINTR) {
            }
            m_reaped = true;
        }
        m_pid = 0;
        return WIFSIGNALED(m_status) && WTERMSIG(m_status) == SIGKILL;
    }

    // Sends `signal` to the child; one sent while it is stopped (SIGINT,
    // say) is acted on when it runs again. False when it has ended.
    bool signal(int signal) { return m_pid > 0 && !m_reaped && ::kill(m_pid, signal) == 0; }

    // Lets the child run to its end, reading and dropping its standard
    // output (the test's filling, then what it writes) so that it never
    // blocks there. True when it ended within `timeoutMs` (its wait status
    // is then in status()); otherwise it is left to kill().
    bool runToEnd(int timeoutMs = 120000)
    {
        if (m_pid <= 0 || m_reaped) return false;
        ::close(m_stdout[1]); // the child's copy is then the last writer
        m_stdout[1] = -1;
        ::kill(m_pid, SIGCONT);
        QElapsedTimer timer;
        timer.start();
        bool closed = false;
        while (timer.elapsed() <= timeoutMs) {
            char buf[65536];
            ssize_t n = 0;
            // (The read end is non-blocking: pipe2's O_NONBLOCK stays there.)
            while (!closed &&
                   ((n = ::read(m_stdout[0], buf, sizeof buf)) > 0 || (n < 0 && errno == EINTR))) {
            }
            closed = closed || n == 0;
            const pid_t r = ::waitpid(m_pid, &m_status, WNOHANG);
            if (r == m_pid || (r < 0 && errno != EINTR)) {
                m_reaped = true;
                return r == m_pid;
            }
            if (closed) {
                QThread::usleep(1000);
            } else {
                pollfd p = {m_stdout[0], POLLIN, 0};
                ::poll(&p, 1, 10);
            }
        }
        return false;
    }

    // Runs the child to `stage` (runUntil) and leaves it stopped there.
    // Returns why it could not (naming the stage, with the child's
    // standard error from `stderrFile`), or nothing.
    QString runTo(const Stage &stage, const QString &stderrFile)
    {
        if (!started()) return QStringLiteral("the child did not start");
        if (workerBytesRead() < 0) return QStringLiteral("cannot read the child's /proc/PID/io");
        if (!stage.reached || runUntil([&] { return stage.reached(*this); })) return {};
        return QStringLiteral("the child ended (wait status %1) or timed out before it reached "
                              "\"%2\": %3")
            .arg(status())
            .arg(stage.name, QString::fromUtf8(readFile(stderrFile)));
    }

    // Runs the child to `stage`, calls `whileStopped` there, and kills it
    // (SIGKILL). The kill must land (it is what ended the child), and the
    // child must have written nothing to `stderrFile` (run with -q: no
    // error, no sanitizer report). Returns what failed, or nothing.
    QString killAt(const Stage &stage, const QString &stderrFile,
                   const std::function<void()> &whileStopped = {})
    {
        if (const QString failure = runTo(stage, stderrFile); !failure.isEmpty()) return failure;
        if (whileStopped) whileStopped();
        qInfo("killed at \"%s\": %lld bytes read off the main thread", qPrintable(stage.name),
              static_cast<long long>(workerBytesRead()));
        if (!kill())
            return QStringLiteral("the child was not killed at \"%1\" (wait status %2)")
                .arg(stage.name)
                .arg(status());
        const QByteArray err = readFile(stderrFile);
        if (!err.isEmpty())
            return QStringLiteral("killed at \"%1\", the child wrote: %2")
                .arg(stage.name, QString::fromUtf8(err));
        return {};
    }

    // The wait status once the child has ended.
    [[nodiscard]] int status() const { return m_status; }

private:
    static qint64 rchar(const QString &ioFile)
    {
        QFile io(ioFile);
        if (!io.open(QIODevice::ReadOnly)) return -1;
        for (const QByteArray &line : io.readAll().split('\n'))
            if (line.startsWith("rchar:")) return line.mid(6).trimmed().toLongLong();
        return -1;
    }

    // A pipe with no room left: any write to it blocks.
    bool fillPipe()
    {
        if (::pipe2(m_stdout, O_CLOEXEC | O_NONBLOCK) != 0) return false;
        const char block[4096] = {};
        while (::write(m_stdout[1], block, sizeof block) > 0) {
        }
        while (::write(m_stdout[1], block, 1) > 0) {
        }
        // The child's end blocks again (the flag belongs to the pipe's open
        // file, which the child shares).
        return errno == EAGAIN &&
               ::fcntl(m_stdout[1], F_SETFL, ::fcntl(m_stdout[1], F_GETFL) & ~O_NONBLOCK) == 0;
    }

    // Stops the child and waits until it is stopped; false when it has ended.
    bool stop()
    {
        if (m_pid <= 0 || m_reaped) return false;
        ::kill(m_pid, SIGSTOP);
        pid_t r = 0;
        while ((r = ::waitpid(m_pid, &m_status, WUNTRACED)) < 0 && errno == EINTR) {
        }
        if (r == m_pid && WIFSTOPPED(m_status)) return true;
        m_reaped = true; // ended (or not ours to wait for): never signalled again
        return false;
    }

    pid_t m_pid = 0;
    int m_stdout[2] = {-1, -1};
    int m_status = 0;
    bool m_reaped = false;
};

} // namespace wmtest
