// SPDX-FileCopyrightText: 2026 WhiteMagic contributors
// SPDX-License-Identifier: MIT

#include "AuditJob.h"

#include "ThreadBudget.h"
#include "UiLogging.h"
#include "audit/AuditEngine.h"

#include <QElapsedTimer>

namespace wm::ui {

AuditJob::AuditJob(AuditOptions options, QObject *parent)
    : WorkerJob(parent), m_options(std::move(options))
{
    m_options.keepRecords = false; // the model holds the rows, once
    if (m_options.pool == nullptr) m_options.pool = ThreadBudget::pool();
}

AuditJob::~AuditJob()
{
    cancelAndWait(); // the worker reads m_options until it returns
}

bool AuditJob::start()
{
    return WorkerJob::start([this](const CancelToken &cancel) {
        QElapsedTimer clock;
        clock.start();
        std::vector<FileRecord> records;
        AuditEngine::Callbacks cb;
        // Runs on this worker thread (the engine's caller): the one copy out
        // of the engine's memory.
        cb.onBatch = [&](std::span<const FileRecord> batch) {
            records.insert(records.end(), batch.begin(), batch.end());
        };
        cb.onProgress = [&](const AuditProgress &p) {
            handOver(std::move(records), p, clock.elapsed());
            records = {};
        };
        const AuditResult r = AuditEngine::run(m_options, &cancel, cb);
        AuditOutcome o;
        o.root = r.root;
        o.totals = r.totals;
        o.stats = r.stats;
        o.omittedByLimit = r.omittedByLimit;
        o.cancelled = r.cancelled;
        o.fatalError = r.fatalError;
        o.elapsedMs = clock.elapsed();
        qCDebug(lcUiJobs) << "audit of" << o.root << "done:" << o.totals.files << "files in"
                          << o.elapsedMs << "ms" << (o.cancelled ? "(cancelled)" : "");
        postToOwner([this, o] { Q_EMIT auditFinished(o); });
    });
}

void AuditJob::handOver(std::vector<FileRecord> &&records, const AuditProgress &progress, qint64 ms)
{
    std::lock_guard lock(m_pendingMutex);
    if (!m_pending) {
        m_pending = std::make_shared<AuditBatch>();
        m_pending->records = std::move(records);
    } else {
        std::move(records.begin(), records.end(), std::back_inserter(m_pending->records));
    }
    m_pending->progress = progress;
    m_pending->elapsedMs = ms;
    if (m_drainPosted) return;
    m_drainPosted = true;
    postToOwner([this] { drain(); });
}

void AuditJob::drain()
{
    AuditBatchPtr batch;
    {
        std::lock_guard lock(m_pendingMutex);
        batch = std::move(m_pending);
        m_drainPosted = false;
    }
    if (batch) Q_EMIT batchReady(batch);
}

} // namespace wm::ui
