// SPDX-FileCopyrightText: 2026 WhiteMagic contributors
// SPDX-License-Identifier: MIT

#include "IndexUpdater.h"

#include "DocumentReader.h"
#include "IndexFeeder.h"
#include "IndexFiles.h"
#include "IndexLock.h"
#include "IndexRunState.h"
#include "IndexWriterThread.h"
#include "SearchIndex.h"
#include "SearchLogging.h"
#include "SortedDiff.h"
#include "SqliteError.h"
#include "StoredBlocks.h"
#include "TrigramBuilder.h"
#include "UpdatePragmas.h"
#include "WalkOptionsCodec.h"
#include "WordTokenizer.h"
#include "concurrency/CancelToken.h"
#include "io/NativePath.h"
#include "walk/FileWalker.h"

#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QThread>
#include <QThreadPool>

namespace wm {
namespace {

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
    IndexUpdater updater(index, options, cancel, progress);
    return updater.execute();
}

IndexUpdater::IndexUpdater(SearchIndex &index, const IndexOptions &options,
                           const CancelToken *cancel, const Progress &progress)
    : m_index(index), m_options(options), m_cancel(cancel), m_progress(progress)
{
    m_timer.start();
    m_sinceReport.start();
}

void IndexUpdater::report(bool force)
{
    if (m_progress && (force || m_sinceReport.elapsed() >= 250)) {
        m_stats.elapsedMs = double(m_timer.nsecsElapsed()) / 1e6;
        m_progress(m_stats);
        m_sinceReport.restart();
    }
}

IndexStats IndexUpdater::execute()
{
    IndexLock lock;
    qint64 holder = 0;
    QString lockError;
    if (!lock.tryLock(m_index.path(), &holder, &lockError)) {
        m_stats.busy = lockError.isEmpty();
        m_stats.fatalError =
            lockError.isEmpty()
                ? QStringLiteral("another process (pid %1) is updating this index").arg(holder)
                : lockError;
        return m_stats;
    }
    // Holding the lock, this run is the only one that may build (the GUI's
    // updates never stage): anything a killed build left goes.
    IndexFiles::removeLeftovers(m_index.path());
    const UpdatePragmas pragmas(m_index.db());
    bool trigram = false;
    if (!prepare(&trigram)) return m_stats;

    IndexRunState run(m_options.queueBytes);
    const QString walkJson = WalkOptionsCodec::toJson(m_options.walk);
    // Batches let searches see the index grow and keep what was done when a
    // run is killed; a staging file has neither reader nor use after a kill.
    const IndexWriter::Limits limits =
        m_index.isStaging()
            ? IndexWriter::Limits::unbounded()
            : IndexWriter::Limits{m_options.batchChanges, m_options.batchBytes, m_options.batchMs};
    IndexWriterThread writer(m_index.db(), trigram, limits, run, walkJson);
    writer.start();
    walk(run);
    const bool walkComplete = !isCancelled(&run.stop) && !isCancelled(m_cancel);
    if (isCancelled(m_cancel)) run.queue.abort(); // stop now; what was committed stays
    run.queue.close();
    waitForWriter(run);
    writer.join();
    finish(run, walkComplete, walkJson);
    return m_stats;
}

bool IndexUpdater::prepare(bool *trigram)
{
    try {
        bool complete = true;
        m_stats.phase = QStringLiteral("substring");
        *trigram = TrigramBuilder::prepare(
            m_index, m_options.substring, m_cancel,
            [this](qint64 built) {
                m_stats.substringDocs = built;
                report(false);
            },
            &complete);
        if (!complete) {
            m_stats.cancelled = true;
            m_stats.elapsedMs = double(m_timer.nsecsElapsed()) / 1e6;
            return false;
        }
        // The unordered walk that follows links diffs against all of them;
        // the sorted one reads them in order as it goes (SortedDiff).
        if (m_options.walk.followLinks) m_stored.load(m_index.db());
    } catch (const SqliteError &e) {
        m_stats.fatalError = QString::fromUtf8(e.what());
        m_stats.damaged = e.isDamaged();
        return false;
    }
    return true;
}

void IndexUpdater::walk(IndexRunState &run)
{
    const std::string rootNative =
        NativePath::encodeStd(QDir::cleanPath(m_options.walk.root)); // lossless
    const DocumentReader reader(rootNative, m_options.maxContentBytes, m_options.walk.followLinks);
    WordTokenizer tokenizer;
    IndexFeeder feeder(run, &m_stored, reader, tokenizer.isValid() ? &tokenizer : nullptr,
                       indexInsideRoot(m_index.path(), m_options.walk.root), m_cancel);
    const auto tick = [&] {
        if (isCancelled(m_cancel)) run.stop.cancel();
        run.fill(m_stats);
        report(false);
    };
    m_stats.phase = QStringLiteral("walk");
    QThreadPool pool;
    pool.setMaxThreadCount(m_options.threads > 0 ? m_options.threads : QThread::idealThreadCount());
    QString walkError;
    try {
        walkError = m_options.walk.followLinks ? walkUnordered(run, feeder, pool, tick)
                                               : walkSorted(run, feeder, pool, tick);
    } catch (const SqliteError &e) {
        walkError = QString::fromUtf8(e.what());
    }
    pool.waitForDone();
    if (!walkError.isEmpty()) {
        m_stats.fatalError = walkError;
        run.stop.cancel();
        run.queue.abort();
    }
}

QString IndexUpdater::walkSorted(IndexRunState &run, IndexFeeder &feeder, QThreadPool &pool,
                                 const std::function<void()> &tick)
{
    StoredBlocks stored(m_index.path());
    SortedDiff diff(run, feeder, stored, pool, m_cancel);
    QString error = diff.run(m_options.walk, tick);
    if (error.isEmpty() && !isCancelled(&run.stop) && !isCancelled(m_cancel)) {
        m_stats.phase = QStringLiteral("remove");
        error = diff.removeRest();
    }
    return error;
}

QString IndexUpdater::walkUnordered(IndexRunState &run, IndexFeeder &feeder, QThreadPool &pool,
                                    const std::function<void()> &tick)
{
    // This walk diffs file by file and keeps no stat digests: the stored
    // ones go before any doc changes (SearchSchema's statblocks).
    IndexOp drop;
    drop.type = IndexOp::Type::DropBlocks;
    run.queue.push(std::move(drop));
    FileWalker walker(m_options.walk);
    const QString error = walker.walk(
        pool, &run.stop, [&](std::vector<WalkEntry> &&chunk) { feeder.feed(std::move(chunk)); },
        tick, 100);
    pool.waitForDone();
    if (error.isEmpty() && !isCancelled(&run.stop) && !isCancelled(m_cancel)) {
        m_stats.phase = QStringLiteral("remove");
        // The walk has ended: no reader thread writes unlistedDirs any more.
        m_stored.forEachUnseen(run.unlistedDirs, [&run](const std::string &key) {
            IndexOp op;
            op.type = IndexOp::Type::Remove;
            op.doc.key = key;
            return run.queue.push(std::move(op));
        });
    }
    return error;
}

void IndexUpdater::waitForWriter(IndexRunState &run)
{
    // Woken as the writer ends: a small update is not made to wait for a
    // polling interval.
    while (!run.waitForWriter(50)) {
        if (isCancelled(m_cancel)) run.queue.abort();
        run.fill(m_stats);
        report(false);
    }
}

void IndexUpdater::finish(IndexRunState &run, bool walkComplete, const QString &walkJson)
{
    run.fill(m_stats);
    m_stats.errors = run.errors;
    m_stats.errorCount = run.errorCount;
    SqlConnection &db = m_index.db();
    if (!run.writerError.isEmpty()) {
        m_stats.fatalError = run.writerError;
        m_stats.damaged = run.writerDamaged;
    } else if (m_stats.fatalError.isEmpty() && walkComplete && !isCancelled(m_cancel)) {
        try {
            if (run.wrote || m_index.meta(QStringLiteral("complete")) != QLatin1String("1") ||
                m_index.meta(QStringLiteral("walk")) != walkJson) {
                db.exec("BEGIN IMMEDIATE");
                m_index.setMeta(QStringLiteral("complete"), QStringLiteral("1"));
                m_index.setMeta(QStringLiteral("walk"), walkJson);
                m_index.setMeta(QStringLiteral("updated"),
                                QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs));
                db.exec("COMMIT");
            }
        } catch (const SqliteError &e) {
            sqlite3_exec(db.handle(), "ROLLBACK", nullptr, nullptr, nullptr);
            m_stats.fatalError = QString::fromUtf8(e.what());
            m_stats.damaged = e.isDamaged();
        }
    }
    // Cancelled after the walk, while the writer drained the queue: what
    // was still queued was dropped and the index is not marked complete.
    m_stats.cancelled = m_stats.fatalError.isEmpty() && (!walkComplete || isCancelled(m_cancel));
    m_stats.phase = QStringLiteral("done");
    m_stats.finished = true;
    m_stats.elapsedMs = double(m_timer.nsecsElapsed()) / 1e6;
    qCDebug(lcSearch) << "update" << m_index.path() << "added" << m_stats.added << "updated"
                      << m_stats.updated << "removed" << m_stats.removed << "in"
                      << m_stats.elapsedMs << "ms";
    if (m_progress) m_progress(m_stats);
}

} // namespace wm
