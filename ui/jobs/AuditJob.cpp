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
        auto pending = std::make_shared<AuditBatch>();
        AuditEngine::Callbacks cb;
        // Runs on this worker thread (the engine's caller): the one copy out
        // of the engine's memory.
        cb.onBatch = [&](std::span<const FileRecord> records) {
            pending->records.insert(pending->records.end(), records.begin(), records.end());
        };
        cb.onProgress = [&](const AuditProgress &p) {
            pending->progress = p;
            pending->elapsedMs = clock.elapsed();
            AuditBatchPtr batch = std::move(pending);
            pending = std::make_shared<AuditBatch>();
            postToOwner([this, batch] { Q_EMIT batchReady(batch); });
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

} // namespace wm::ui
