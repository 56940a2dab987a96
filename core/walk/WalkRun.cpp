// SPDX-FileCopyrightText: 2026 WhiteMagic contributors
// SPDX-License-Identifier: MIT

#include "WalkRun.h"

#include "IgnoreFiles.h"
#include "WalkLogging.h"
#include "WalkSyscalls.h"
#include "concurrency/CancelToken.h"
#include "concurrency/PoolTask.h"
#include "concurrency/WorkMeter.h"
#include "io/ErrnoText.h"
#include "io/NativePath.h"

#include <QDir>
#include <algorithm>
#include <cerrno>
#include <climits>
#include <cstdlib>
#include <cstring>
#include <dirent.h>
#include <fcntl.h>
#include <unistd.h>
#include <utility>

namespace wm {
namespace {

using walksys::isDotOrDotDot;
using walksys::mtimeMsOf;
using walksys::walkError;

std::string realPathOf(const std::string &path)
{
    const std::unique_ptr<char, decltype(&std::free)> real(::realpath(path.c_str(), nullptr),
                                                           &std::free);
    return real ? std::string(real.get()) : std::string();
}

} // namespace

WalkRun::WalkRun(const WalkOptions &o, QThreadPool &pool, const CancelToken *cancel,
                 const FileWalker::Sink &sink, std::atomic<qint64> &discovered,
                 std::atomic<qint64> &peak, WorkMeter *meter)
    : m_options(o), m_filter(o.includes, o.excludes, o.caseInsensitiveGlobs), m_pool(pool),
      m_cancel(cancel), m_sink(sink), m_discovered(discovered), m_peak(peak), m_meter(meter),
      m_rootNative(NativePath::encodeStd(QDir::cleanPath(o.root)))
{
}

QString WalkRun::start(const std::function<void()> &tick, int tickMs)
{
    struct stat st
    {
    };
    if (QString error = walksys::openRoot(m_options.root, m_rootNative, m_rootFd, &st);
        !error.isEmpty())
        return error;
    m_rootReal = realPathOf(m_rootNative);
    markVisited(st);
    DirState state;
    if (!m_options.noIgnore) {
        const IgnoreFiles::Outer outer = IgnoreFiles::aboveRoot(m_rootNative);
        state.rules = outer.rules;
        state.inRepository = outer.inRepository;
    }
    submit([this, state] { listDirectory(std::string(), state); });
    waitIdle(tick, tickMs);
    if (m_options.followLinks) followLinkedDirs(tick, tickMs);
    return {};
}

IgnoredCounts WalkRun::ignored() const
{
    IgnoredCounts c;
    for (size_t i = 0; i < c.bySource.size(); ++i)
        c.bySource[i] = m_ignored[i].load();
    return c;
}

void WalkRun::waitIdle(const std::function<void()> &tick, int tickMs)
{
    std::unique_lock lock(m_mutex);
    while (m_pending > 0) {
        m_done.wait_for(lock, std::chrono::milliseconds(tickMs));
        if (tick && m_pending > 0) {
            lock.unlock();
            tick();
            lock.lock();
        }
    }
}

void WalkRun::followLinkedDirs(const std::function<void()> &tick, int tickMs)
{
    for (;;) {
        std::vector<LinkedDir> round;
        {
            std::lock_guard lock(m_visitedMutex);
            round.swap(m_linkedDirs);
        }
        if (round.empty() || isCancelled(m_cancel)) return;
        std::sort(round.begin(), round.end(),
                  [](const LinkedDir &a, const LinkedDir &b) { return a.rel < b.rel; });
        for (LinkedDir &l : round) {
            if (isCancelled(m_cancel)) return;
            struct stat st
            {
            };
            st.st_dev = l.dev;
            st.st_ino = l.ino;
            if (!markVisited(st)) {
                emitChunk({linkRow(l.rel)});
                waitIdle(tick, tickMs);
                continue;
            }
            // One link at a time, so which link reaches a shared folder
            // first never depends on thread timing.
            submit([this, rel = std::move(l.rel), state = std::move(l.state)] {
                listDirectory(rel, state);
            });
            waitIdle(tick, tickMs);
        }
    }
}

void WalkRun::submit(std::function<void()> job)
{
    {
        std::lock_guard lock(m_mutex);
        ++m_pending;
        m_peak.store(std::max<qint64>(m_peak.load(), m_pending));
    }
    // PoolTask: a hand-off TSan can see (concurrency/PoolTask.h). Annotating
    // inside a lambda given to QThreadPool::start was not enough: the pool
    // thread reads the std::function wrapping it before the lambda runs.
    PoolTask::start(m_pool, [this, job = std::move(job)] {
        if (!isCancelled(m_cancel)) job();
        std::lock_guard lock(m_mutex);
        if (--m_pending == 0) m_done.notify_all();
    });
}

bool WalkRun::markVisited(const struct stat &st)
{
    std::lock_guard lock(m_visitedMutex);
    return m_visited.emplace(st.st_dev, st.st_ino).second;
}

std::string WalkRun::nativePath(const std::string &rel) const
{
    return rel.empty() ? m_rootNative : m_rootNative + '/' + rel;
}

WalkEntry WalkRun::errorEntry(const std::string &rel, bool isDir, const QString &why)
{
    WalkEntry e;
    e.nativeRel = rel;
    e.relPath = NativePath::displayBytes(rel) + (isDir ? QStringLiteral("/") : QString());
    e.isDirectory = isDir;
    e.error = why;
    return e;
}

WalkEntry WalkRun::linkRow(const std::string &rel) const
{
    WalkEntry e = errorEntry(rel, true, QString());
    const std::string real = realPathOf(nativePath(rel));
    if (!m_rootReal.empty() && real.rfind(m_rootReal, 0) == 0 &&
        (real.size() == m_rootReal.size() || real[m_rootReal.size()] == '/')) {
        const std::string inside = real.substr(std::min(real.size(), m_rootReal.size() + 1));
        e.linkTarget = inside.empty() ? QStringLiteral(".")
                                      : NativePath::displayBytes(inside) + QLatin1Char('/');
    } else {
        e.linkTarget = NativePath::displayBytes(real.empty() ? rel : real);
    }
    return e;
}

WalkRun::DirState WalkRun::enter(int dirFd, const std::string &rel, DirState state) const
{
    if (m_options.noIgnore) return state;
    state.rules =
        IgnoreFiles::enterFolder(dirFd, rel, nativePath(rel), state.rules, state.inRepository);
    return state;
}

bool WalkRun::ignored(const DirState &state, const std::string &rel, bool isDir)
{
    if (!state.rules) return false;
    IgnoreRules::Source source{};
    if (state.rules->verdict(rel, isDir, &source) != IgnoreRules::Verdict::Ignored) return false;
    ++m_ignored[size_t(source)];
    return true;
}

void WalkRun::emitChunk(std::vector<WalkEntry> &&chunk)
{
    if (chunk.empty()) return;
    m_discovered += qint64(chunk.size());
    auto shared = std::make_shared<std::vector<WalkEntry>>(std::move(chunk));
    submit([this, shared] { m_sink(std::move(*shared)); });
}

void WalkRun::listDirectory(const std::string &rel, const DirState &parentState)
{
    const WorkMeter::Scope measured(m_meter);
    // Relative to the root's descriptor: paths beyond PATH_MAX still open,
    // and without --follow-links no component may have become a link.
    const int flags = O_RDONLY | O_DIRECTORY | (m_options.followLinks ? 0 : O_NOFOLLOW);
    const int dirFd = NativePath::openBelow(m_rootFd.get(), rel, flags);
    DIR *dir = dirFd >= 0 ? ::fdopendir(dirFd) : nullptr;
    if (dir == nullptr) {
        const int err = errno;
        if (dirFd >= 0) ::close(dirFd);
        qCDebug(lcWalk) << "cannot list" << nativePath(rel).c_str() << std::strerror(err);
        emitChunk({errorEntry(rel, true, walkError(err))});
        return;
    }
    const int fd = ::dirfd(dir);
    const DirState state = enter(fd, rel, parentState);
    std::vector<WalkEntry> chunk;
    chunk.reserve(FileWalker::chunkSize);
    while (const dirent *de = ::readdir(dir)) {
        if (isCancelled(m_cancel)) break;
        const char *name = de->d_name;
        if (isDotOrDotDot(name)) continue;
        if (std::strcmp(name, ".git") == 0) continue; // a repository's internals, never content
        if (name[0] == '.' && !m_options.hidden) continue;
        std::string childRel = rel.empty() ? std::string(name) : rel + '/' + name;
        struct stat st
        {
        };
        if (::fstatat(fd, name, &st, AT_SYMLINK_NOFOLLOW) != 0) {
            chunk.push_back(errorEntry(childRel, false, walkError(errno)));
            continue;
        }
        const bool isLink = S_ISLNK(st.st_mode);
        if (isLink) {
            if (!m_options.followLinks) continue;
            if (::fstatat(fd, name, &st, 0) != 0) {
                chunk.push_back(errorEntry(childRel, false,
                                           errno == ENOENT ? QStringLiteral("broken symbolic link")
                                                           : walkError(errno)));
                continue;
            }
        }
        const bool isDir = S_ISDIR(st.st_mode);
        if (!isDir && !S_ISREG(st.st_mode)) continue; // fifos, sockets, devices: no content
        if (ignored(state, childRel, isDir)) continue;
        if (isDir) {
            if (!m_filter.acceptsDirectory(childRel)) continue;
            if (isLink) {
                std::lock_guard lock(m_visitedMutex);
                m_linkedDirs.push_back({std::move(childRel), state, st.st_dev, st.st_ino});
                continue;
            }
            if (!markVisited(st)) {
                qCDebug(lcWalk) << "already visited, not entering again:" << childRel.c_str();
                continue;
            }
            submit([this, childRel, state] { listDirectory(childRel, state); });
            continue;
        }
        if (!m_filter.acceptsFile(childRel)) continue;
        WalkEntry e;
        e.relPath = NativePath::displayBytes(childRel);
        e.nativeRel = std::move(childRel);
        e.size = st.st_size;
        e.mtimeMs = mtimeMsOf(st);
        chunk.push_back(std::move(e));
        if (chunk.size() >= FileWalker::chunkSize) {
            emitChunk(std::move(chunk));
            chunk.clear();
            chunk.reserve(FileWalker::chunkSize);
        }
    }
    ::closedir(dir);
    emitChunk(std::move(chunk));
}

} // namespace wm
