// SPDX-FileCopyrightText: 2026 WhiteMagic contributors
// SPDX-License-Identifier: MIT

#include "IndexJob.h"

#include "SearchUiLogging.h"
#include "jobs/ThreadBudget.h"
#include "search/IndexLock.h"
#include "search/IndexUpdater.h"
#include "search/SearchIndex.h"
#include "search/WalkOptionsCodec.h"

#include <QDir>
#include <QFileInfo>
#include <sys/resource.h>
#include <sys/syscall.h>
#include <unistd.h>

namespace wm::ui {

IndexJob::IndexJob(QString root, QString dbPath, bool substring, QObject *parent)
    : WorkerJob(parent), m_root(std::move(root)), m_dbPath(std::move(dbPath)),
      m_substring(substring)
{
}

IndexJob::~IndexJob()
{
    cancelAndWait();
}

bool IndexJob::start()
{
    return WorkerJob::start([this](const CancelToken &cancel) {
        const IndexOutcome o = run(cancel);
        postToOwner([this, o] { Q_EMIT indexFinished(o); });
    });
}

IndexOutcome IndexJob::run(const CancelToken &cancel)
{
    // Background work: on a shared machine the GUI thread comes first. Linux
    // keeps the nice value per thread, and the updater's reader threads,
    // created from this one, inherit it.
    if (::setpriority(PRIO_PROCESS, id_t(::syscall(SYS_gettid)), 10) != 0)
        qCDebug(lcUiSearch) << "cannot lower the indexer's priority";
    IndexOutcome out;
    QDir().mkpath(QFileInfo(m_dbPath).absolutePath());
    SearchIndex index;
    {
        // Another indexer at work: say so and search what it has committed.
        // The probe is released at once: SearchIndex::open takes the lock
        // itself for a create or rebuild, and IndexUpdater for the update.
        IndexLock probe;
        qint64 holder = 0;
        QString error;
        if (!probe.tryLock(m_dbPath, &holder, &error)) {
            out.busy = error.isEmpty();
            out.message = out.busy ? tr("Another indexer (process %1) is updating this index; "
                                        "searching what it has committed so far.")
                                         .arg(holder)
                                   : error;
            return out;
        }
    }
    {
        QString message;
        SearchIndex::OpenOptions options;
        switch (index.open(m_dbPath, m_root, options, &message)) {
        case SearchIndex::Status::Opened:
            break;
        case SearchIndex::Status::Created:
        case SearchIndex::Status::Rebuilt:
            out.replaced = true;
            out.message = message;
            postToOwner([this] { Q_EMIT indexReplaced(); });
            break;
        default:
            out.message = message;
            return out;
        }
    }
    IndexOptions o;
    o.walk = WalkOptionsCodec::fromJson(index.meta(QStringLiteral("walk")), m_root);
    o.threads = ThreadBudget::threads();
    o.substring = m_substring ? IndexOptions::Substring::Enable : IndexOptions::Substring::Keep;
    const auto onProgress = [this](const IndexStats &s) {
        postToOwner([this, s] { Q_EMIT progress(s); });
    };
    out.stats = IndexUpdater::run(index, o, &cancel, onProgress);
    if (out.stats.damaged) {
        QString message;
        if (index.rebuild(out.stats.fatalError, &message) == SearchIndex::Status::Rebuilt) {
            out.replaced = true;
            postToOwner([this] { Q_EMIT indexReplaced(); });
            out.stats = IndexUpdater::run(index, o, &cancel, onProgress);
        }
        out.message = message;
    }
    out.busy = out.stats.busy;
    if (!out.stats.fatalError.isEmpty() && out.message.isEmpty())
        out.message = out.stats.fatalError;
    qCInfo(lcUiSearch) << "index of" << m_root << ":" << out.stats.added << "added"
                       << out.stats.updated << "updated" << out.stats.removed << "removed in"
                       << out.stats.elapsedMs << "ms" << out.message;
    return out;
}

} // namespace wm::ui
