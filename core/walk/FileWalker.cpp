#include "FileWalker.h"

#include "GlobFilter.h"
#include "IgnoreRules.h"
#include "WalkLogging.h"
#include "concurrency/CancelToken.h"
#include "concurrency/TsanAnnotations.h"
#include "io/ErrnoText.h"

#include <QDir>
#include <QFile>
#include <algorithm>
#include <cerrno>
#include <condition_variable>
#include <cstring>
#include <dirent.h>
#include <fcntl.h>
#include <memory>
#include <mutex>
#include <set>
#include <sys/stat.h>
#include <unistd.h>
#include <utility>

namespace wm {
namespace {

using RulesPtr = std::shared_ptr<const IgnoreRules>;

QString walkError(int err)
{
    return fileErrorText(err, QStringLiteral("vanished during the walk"));
}

qint64 mtimeMsOf(const struct stat &st)
{
    return qint64(st.st_mtim.tv_sec) * 1000 + st.st_mtim.tv_nsec / 1000000;
}

bool readWholeFile(const std::string &path, std::string &out)
{
    QFile f(QFile::decodeName(path.c_str()));
    if (!f.open(QIODevice::ReadOnly)) return false;
    out = f.readAll().toStdString();
    return true;
}

// State of one walk, shared by all its tasks.
class WalkRun
{
public:
    WalkRun(const WalkOptions &o, QThreadPool &pool, const CancelToken *cancel,
            const FileWalker::Sink &sink, std::atomic<qint64> &discovered,
            std::atomic<qint64> &peak)
        : m_options(o), m_filter(o.includes, o.excludes, o.caseInsensitiveGlobs), m_pool(pool),
          m_cancel(cancel), m_sink(sink), m_discovered(discovered), m_peak(peak),
          m_rootNative(QFile::encodeName(QDir::cleanPath(o.root)).toStdString())
    {
    }

    QString start(const std::function<void()> &tick, int tickMs)
    {
        struct stat st
        {
        };
        if (::stat(m_rootNative.c_str(), &st) != 0)
            return QStringLiteral("cannot open %1: %2").arg(m_options.root, walkError(errno));
        if (!S_ISDIR(st.st_mode)) return QStringLiteral("%1 is not a folder").arg(m_options.root);
        markVisited(st);
        RulesPtr rules;
        if (!m_options.noIgnore) {
            std::string text;
            if (readWholeFile(m_rootNative + "/.git/info/exclude", text)) {
                auto exclude = std::make_shared<IgnoreRules>(std::string(), nullptr);
                exclude->addPatterns(text);
                if (!exclude->isEmpty()) rules = exclude;
            }
        }
        submit([this, rules] { listDirectory(std::string(), rules); });
        std::unique_lock lock(m_mutex);
        while (m_pending > 0) {
            m_done.wait_for(lock, std::chrono::milliseconds(tickMs));
            if (tick && m_pending > 0) {
                lock.unlock();
                tick();
                lock.lock();
            }
        }
        return {};
    }

private:
    void submit(std::function<void()> job)
    {
        {
            std::lock_guard lock(m_mutex);
            ++m_pending;
            m_peak.store(std::max<qint64>(m_peak.load(), m_pending));
        }
        // The task's state lives on the heap so the hand-off can be
        // annotated for TSan (see concurrency/TsanAnnotations.h).
        auto task = std::make_shared<std::function<void()>>(std::move(job));
        tsanRelease(task.get());
        m_pool.start([this, task] {
            tsanAcquire(task.get());
            if (!isCancelled(m_cancel)) (*task)();
            std::lock_guard lock(m_mutex);
            if (--m_pending == 0) m_done.notify_all();
        });
    }

    bool markVisited(const struct stat &st)
    {
        std::lock_guard lock(m_visitedMutex);
        return m_visited.emplace(st.st_dev, st.st_ino).second;
    }

    std::string nativePath(const std::string &rel) const
    {
        return rel.empty() ? m_rootNative : m_rootNative + '/' + rel;
    }

    static WalkEntry errorEntry(const std::string &rel, bool isDir, const QString &why)
    {
        WalkEntry e;
        e.nativeRel = rel;
        e.relPath = QFile::decodeName(rel.c_str()) + (isDir ? QStringLiteral("/") : QString());
        e.isDirectory = isDir;
        e.error = why;
        return e;
    }

    RulesPtr rulesFor(const std::string &rel, const RulesPtr &parent, int dirFd) const
    {
        if (m_options.noIgnore) return parent;
        std::shared_ptr<IgnoreRules> own;
        for (const char *name : {".gitignore", ".ignore"}) {
            const int fd = ::openat(dirFd, name, O_RDONLY | O_CLOEXEC);
            if (fd < 0) continue;
            std::string text;
            char buf[16384];
            ssize_t n;
            while ((n = ::read(fd, buf, sizeof buf)) > 0)
                text.append(buf, size_t(n));
            ::close(fd);
            if (!own) own = std::make_shared<IgnoreRules>(rel, parent);
            own->addPatterns(text);
        }
        return own && !own->isEmpty() ? RulesPtr(own) : parent;
    }

    void emitChunk(std::vector<WalkEntry> &&chunk)
    {
        if (chunk.empty()) return;
        m_discovered += qint64(chunk.size());
        auto shared = std::make_shared<std::vector<WalkEntry>>(std::move(chunk));
        submit([this, shared] { m_sink(std::move(*shared)); });
    }

    void listDirectory(const std::string &rel, const RulesPtr &parentRules)
    {
        const std::string dirPath = nativePath(rel);
        DIR *dir = ::opendir(dirPath.c_str());
        if (dir == nullptr) {
            const int err = errno;
            qCDebug(lcWalk) << "cannot list" << dirPath.c_str() << std::strerror(err);
            emitChunk({errorEntry(rel, true, walkError(err))});
            return;
        }
        const int fd = ::dirfd(dir);
        const RulesPtr rules = rulesFor(rel, parentRules, fd);
        std::vector<WalkEntry> chunk;
        chunk.reserve(FileWalker::chunkSize);
        while (const dirent *de = ::readdir(dir)) {
            if (isCancelled(m_cancel)) break;
            const char *name = de->d_name;
            if (name[0] == '.' && (name[1] == 0 || (name[1] == '.' && name[2] == 0))) continue;
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
            if (S_ISLNK(st.st_mode)) {
                if (!m_options.followLinks) continue;
                if (::fstatat(fd, name, &st, 0) != 0) {
                    chunk.push_back(errorEntry(childRel, false,
                                               errno == ENOENT
                                                   ? QStringLiteral("broken symbolic link")
                                                   : walkError(errno)));
                    continue;
                }
            }
            const bool isDir = S_ISDIR(st.st_mode);
            if (!isDir && !S_ISREG(st.st_mode)) continue; // fifos, sockets, devices: no content
            if (rules && rules->isIgnored(childRel, isDir)) continue;
            if (isDir) {
                if (!m_filter.acceptsDirectory(childRel)) continue;
                if (!markVisited(st)) {
                    qCDebug(lcWalk) << "already visited, not entering again:" << childRel.c_str();
                    continue;
                }
                submit([this, childRel, rules] { listDirectory(childRel, rules); });
                continue;
            }
            if (!m_filter.acceptsFile(childRel)) continue;
            WalkEntry e;
            e.relPath = QFile::decodeName(childRel.c_str());
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

    const WalkOptions &m_options;
    GlobFilter m_filter;
    QThreadPool &m_pool;
    const CancelToken *m_cancel;
    const FileWalker::Sink &m_sink;
    std::atomic<qint64> &m_discovered;
    std::atomic<qint64> &m_peak;
    std::string m_rootNative;

    std::mutex m_mutex;
    std::condition_variable m_done;
    qint64 m_pending = 0;

    std::mutex m_visitedMutex;
    std::set<std::pair<dev_t, ino_t>> m_visited;
};

} // namespace

FileWalker::FileWalker(WalkOptions options) : m_options(std::move(options))
{
}

QString FileWalker::walk(QThreadPool &pool, const CancelToken *cancel, const Sink &sink,
                         const std::function<void()> &tick, int tickMs)
{
    m_discovered = 0;
    m_peakPending = 0;
    WalkRun run(m_options, pool, cancel, sink, m_discovered, m_peakPending);
    return run.start(tick, tickMs);
}

std::vector<WalkEntry> FileWalker::list(int threads, const CancelToken *cancel, QString *error)
{
    QThreadPool pool;
    pool.setMaxThreadCount(threads > 0 ? threads : QThread::idealThreadCount());
    std::vector<WalkEntry> all = list(pool, cancel, error);
    pool.waitForDone();
    return all;
}

std::vector<WalkEntry> FileWalker::list(QThreadPool &pool, const CancelToken *cancel,
                                        QString *error)
{
    std::mutex mutex;
    std::vector<WalkEntry> all;
    const QString err = walk(pool, cancel, [&](std::vector<WalkEntry> &&chunk) {
        std::lock_guard lock(mutex);
        std::move(chunk.begin(), chunk.end(), std::back_inserter(all));
    });
    // walk() returns once every task of this walk has run; other work on a
    // shared pool is not ours to wait for.
    if (error) *error = err;
    std::sort(all.begin(), all.end(),
              [](const WalkEntry &a, const WalkEntry &b) { return a.nativeRel < b.nativeRel; });
    return all;
}

} // namespace wm
