// SPDX-FileCopyrightText: 2026 WhiteMagic contributors
// SPDX-License-Identifier: MIT

#include "IndexUpdater.h"

#include "DocumentReader.h"
#include "IndexFiles.h"
#include "IndexLock.h"
#include "IndexQueue.h"
#include "IndexWriter.h"
#include "SearchIndex.h"
#include "SearchLogging.h"
#include "SearchSchema.h"
#include "SqlStatement.h"
#include "SqliteError.h"
#include "TrigramBuilder.h"
#include "WalkOptionsCodec.h"
#include "concurrency/CancelToken.h"
#include "io/NativePath.h"
#include "walk/FileWalker.h"

#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QThread>
#include <atomic>
#include <mutex>
#include <thread>
#include <unordered_map>

namespace wm {
namespace {

struct StoredDoc
{
    qint64 size = 0;
    qint64 mtime = 0;
    quint64 hash = 0;
    int state = 0;
    bool racy = false;
    std::atomic<bool> seen{false};
};

using StoredMap = std::unordered_map<std::string, StoredDoc>;

StoredMap loadStored(SqlConnection &db)
{
    StoredMap map;
    SqlStatement st(db.handle(), "SELECT key, size, mtime, hash, state, racy FROM docs");
    while (st.step()) {
        const auto *p = static_cast<const char *>(sqlite3_column_blob(st.handle(), 0));
        std::string key(p ? p : "", size_t(sqlite3_column_bytes(st.handle(), 0)));
        StoredDoc &d = map[std::move(key)];
        d.size = st.int64(1);
        d.mtime = st.int64(2);
        d.hash = quint64(st.int64(3));
        d.state = int(st.int64(4));
        d.racy = st.int64(5) != 0;
    }
    return map;
}

int preparedState(const PreparedDoc &doc)
{
    if (doc.kind == PreparedDoc::Kind::Binary) return SearchSchema::Binary;
    return doc.truncated ? SearchSchema::Truncated : SearchSchema::Text;
}

// Everything the walker's threads, the writer thread and the calling
// thread share during one run.
struct RunState
{
    explicit RunState(size_t queueBytes) : queue(queueBytes) {}

    IndexQueue queue;
    CancelToken stop; // the caller's cancel, a writer failure or a walk error
    IndexWriter::Counters written;
    std::atomic<qint64> found{0}, read{0}, skipped{0}, unchanged{0}, bytes{0}, truncated{0},
        repaired{0};
    std::atomic<bool> writerDone{false};

    std::mutex mutex; // guards the members below
    QStringList errors;
    qint64 errorCount = 0;
    std::vector<std::string> unlistedDirs;

    // Written by the writer thread, read after it joined.
    QString writerError;
    bool writerDamaged = false;
    bool wrote = false;

    void addError(const QString &path, const QString &why)
    {
        std::lock_guard lock(mutex);
        ++errorCount;
        if (errors.size() < IndexStats::maxErrors) errors << path + QStringLiteral(": ") + why;
    }

    void fill(IndexStats &s) const
    {
        s.found = found;
        s.read = read;
        s.added = written.added;
        s.updated = written.updated;
        s.removed = written.removed;
        s.skipped = skipped + written.skipped;
        s.unchanged = unchanged + written.unchanged;
        s.bytesRead = bytes;
        s.truncated = truncated;
        s.repaired = repaired;
    }
};

// Checkpoint every 64 MiB of WAL rather than 4 MiB while a run writes: the
// pages every batch rewrites (docs, the key index, the FTS structure) are
// then copied into the database once per checkpoint, not once per batch.
// The default comes back however the run ends. (A tuning knob only:
// failures are ignored.)
class CheckpointInterval
{
public:
    explicit CheckpointInterval(SqlConnection &db) : m_db(db)
    {
        sqlite3_exec(m_db.handle(), "PRAGMA wal_autocheckpoint=16384", nullptr, nullptr, nullptr);
    }
    ~CheckpointInterval()
    {
        sqlite3_exec(m_db.handle(), "PRAGMA wal_autocheckpoint=1000", nullptr, nullptr, nullptr);
    }
    CheckpointInterval(const CheckpointInterval &) = delete;
    CheckpointInterval &operator=(const CheckpointInterval &) = delete;

private:
    SqlConnection &m_db;
};

bool isUnder(const std::string &key, const std::vector<std::string> &dirs)
{
    for (const std::string &d : dirs)
        if (d.empty() ||
            (key.size() > d.size() && key.compare(0, d.size(), d) == 0 && key[d.size()] == '/'))
            return true;
    return false;
}

// The index's path relative to `root` when it lies inside the indexed
// folder (its files must not be indexed), else empty.
QString indexInsideRoot(const QString &dbPath, const QString &root)
{
    QString db = dbPath;
    if (db.endsWith(QLatin1String(".rebuild"))) db.chop(8); // a --rebuild's staging file
    const QFileInfo info(db);
    const QString folder = QFileInfo(info.absolutePath()).canonicalFilePath();
    const QString base = QDir::cleanPath(root);
    if (folder.isEmpty() || !(folder + QLatin1Char('/')).startsWith(base + QLatin1Char('/')))
        return {};
    const QString rel = folder.mid(base.size() + 1);
    return rel.isEmpty() ? info.fileName() : rel + QLatin1Char('/') + info.fileName();
}

} // namespace

IndexStats IndexUpdater::run(SearchIndex &index, const IndexOptions &options,
                             const CancelToken *cancel, const Progress &progress)
{
    IndexStats stats;
    QElapsedTimer timer;
    timer.start();
    IndexLock lock;
    qint64 holder = 0;
    QString lockError;
    if (!lock.tryLock(index.path(), &holder, &lockError)) {
        stats.busy = lockError.isEmpty();
        stats.fatalError =
            lockError.isEmpty()
                ? QStringLiteral("another process (pid %1) is updating this index").arg(holder)
                : lockError;
        return stats;
    }
    QElapsedTimer sinceReport;
    sinceReport.start();
    const auto report = [&](bool force) {
        if (progress && (force || sinceReport.elapsed() >= 250)) {
            stats.elapsedMs = double(timer.nsecsElapsed()) / 1e6;
            progress(stats);
            sinceReport.restart();
        }
    };

    SqlConnection &db = index.db();
    const CheckpointInterval checkpoints(db);
    bool trigram = false;
    StoredMap stored;
    try {
        bool complete = true;
        stats.phase = QStringLiteral("substring");
        trigram = TrigramBuilder::prepare(
            index, options.substring, cancel,
            [&](qint64 built) {
                stats.substringDocs = built;
                report(false);
            },
            &complete);
        if (!complete) {
            stats.cancelled = true;
            stats.elapsedMs = double(timer.nsecsElapsed()) / 1e6;
            return stats;
        }
        stored = loadStored(db);
    } catch (const SqliteError &e) {
        stats.fatalError = QString::fromUtf8(e.what());
        stats.damaged = e.isDamaged();
        return stats;
    }

    RunState run(options.queueBytes);
    const QString walkJson = WalkOptionsCodec::toJson(options.walk);
    IndexWriter::Limits limits{options.batchChanges, options.batchBytes, options.batchMs};
    // The writer thread owns the connection until it is joined.
    std::thread writer([&] {
        try {
            IndexWriter w(db, trigram, limits, run.written, walkJson);
            try {
                IndexOp op;
                while (run.queue.pop(op))
                    w.apply(op);
                w.finish();
            } catch (...) {
                w.abandon();
                run.wrote = w.wroteAnything();
                throw;
            }
            run.wrote = w.wroteAnything();
        } catch (const SqliteError &e) {
            run.writerError = QString::fromUtf8(e.what());
            run.writerDamaged = e.isDamaged();
            run.stop.cancel();
            run.queue.abort();
        } catch (const std::exception &e) {
            run.writerError = QString::fromUtf8(e.what());
            run.stop.cancel();
            run.queue.abort();
        }
        run.writerDone = true;
    });

    const std::string rootNative =
        NativePath::encodeStd(QDir::cleanPath(options.walk.root)); // lossless (io/NativePath.h)
    const DocumentReader reader(rootNative, options.maxContentBytes, options.walk.followLinks);
    const QString ownFiles = indexInsideRoot(index.path(), options.walk.root);
    const auto sink = [&](std::vector<WalkEntry> &&chunk) {
        for (WalkEntry &e : chunk) {
            if (isCancelled(&run.stop) || isCancelled(cancel)) return;
            if (!ownFiles.isEmpty() && !e.isDirectory &&
                IndexFiles::isIndexFile(ownFiles, QFile::decodeName(e.nativeRel.c_str())))
                continue; // the index itself, its WAL, lock, staging file
            ++run.found;
            if (!e.error.isEmpty()) {
                ++run.skipped;
                run.addError(e.relPath, e.error);
                if (e.isDirectory) {
                    std::lock_guard lk(run.mutex);
                    run.unlistedDirs.push_back(e.nativeRel);
                }
                continue;
            }
            const auto it = stored.find(e.nativeRel);
            if (it != stored.end()) {
                it->second.seen.store(true, std::memory_order_relaxed);
                if (it->second.size == e.size && it->second.mtime == e.mtimeMs &&
                    !it->second.racy) {
                    ++run.unchanged;
                    continue;
                }
            }
            if (it != stored.end())
                qCDebug(lcSearch) << "changed:" << e.relPath << "size" << it->second.size << "->"
                                  << e.size << "mtime" << it->second.mtime << "->" << e.mtimeMs
                                  << "racy" << it->second.racy;
            PreparedDoc doc = reader.read(e);
            ++run.read;
            if (doc.kind == PreparedDoc::Kind::Unreadable) {
                ++run.skipped;
                run.addError(doc.path, doc.error);
                continue;
            }
            run.bytes += qint64(doc.content.size());
            if (doc.truncated) ++run.truncated;
            if (doc.repaired) ++run.repaired;
            doc.racy = doc.mtimeMs > QDateTime::currentMSecsSinceEpoch() - racyWindowMs;
            IndexOp op;
            if (it != stored.end() && it->second.hash == doc.hash &&
                it->second.state == preparedState(doc)) {
                op.type = IndexOp::Type::Touch;
                op.doc.key = std::move(doc.key);
                op.doc.size = doc.size;
                op.doc.mtimeMs = doc.mtimeMs;
                op.doc.racy = doc.racy;
            } else {
                op.type = IndexOp::Type::Store;
                op.doc = std::move(doc);
            }
            if (!run.queue.push(std::move(op))) return;
        }
    };
    const auto tick = [&] {
        if (isCancelled(cancel)) run.stop.cancel();
        run.fill(stats);
        report(false);
    };

    stats.phase = QStringLiteral("walk");
    QThreadPool pool;
    pool.setMaxThreadCount(options.threads > 0 ? options.threads : QThread::idealThreadCount());
    FileWalker walker(options.walk);
    const QString walkError = walker.walk(pool, &run.stop, sink, tick, 100);
    pool.waitForDone();
    if (!walkError.isEmpty()) {
        stats.fatalError = walkError;
        run.stop.cancel();
        run.queue.abort();
    }

    const bool walkComplete = !isCancelled(&run.stop) && !isCancelled(cancel);
    if (walkComplete) {
        stats.phase = QStringLiteral("remove");
        for (const auto &[key, doc] : stored) {
            if (doc.seen.load(std::memory_order_relaxed) || isUnder(key, run.unlistedDirs))
                continue;
            IndexOp op;
            op.type = IndexOp::Type::Remove;
            op.doc.key = key;
            if (!run.queue.push(std::move(op))) break;
        }
    } else if (isCancelled(cancel)) {
        run.queue.abort(); // stop now; what was committed stays
    }
    run.queue.close();
    while (!run.writerDone.load()) {
        QThread::msleep(50);
        if (isCancelled(cancel)) run.queue.abort();
        run.fill(stats);
        report(false);
    }
    writer.join();
    run.fill(stats);
    stats.errors = run.errors;
    stats.errorCount = run.errorCount;

    if (!run.writerError.isEmpty()) {
        stats.fatalError = run.writerError;
        stats.damaged = run.writerDamaged;
    } else if (stats.fatalError.isEmpty() && walkComplete && !isCancelled(cancel)) {
        try {
            if (run.wrote || index.meta(QStringLiteral("complete")) != QLatin1String("1") ||
                index.meta(QStringLiteral("walk")) != walkJson) {
                db.exec("BEGIN IMMEDIATE");
                index.setMeta(QStringLiteral("complete"), QStringLiteral("1"));
                index.setMeta(QStringLiteral("walk"), walkJson);
                index.setMeta(QStringLiteral("updated"),
                              QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs));
                db.exec("COMMIT");
            }
        } catch (const SqliteError &e) {
            sqlite3_exec(db.handle(), "ROLLBACK", nullptr, nullptr, nullptr);
            stats.fatalError = QString::fromUtf8(e.what());
            stats.damaged = e.isDamaged();
        }
    }
    stats.cancelled = stats.fatalError.isEmpty() && !walkComplete;
    stats.phase = QStringLiteral("done");
    stats.finished = true;
    stats.elapsedMs = double(timer.nsecsElapsed()) / 1e6;
    qCDebug(lcSearch) << "update" << index.path() << "added" << stats.added << "updated"
                      << stats.updated << "removed" << stats.removed << "in" << stats.elapsedMs
                      << "ms";
    if (progress) progress(stats);
    return stats;
}

} // namespace wm
