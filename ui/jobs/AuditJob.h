#pragma once

#include "AuditBatch.h"
#include "WorkerJob.h"
#include "audit/AuditOptions.h"

namespace wm::ui {

// One audit of one folder, streamed: AuditEngine runs stream-only
// (keepRecords = false) on the application's pool, and every progress tick
// becomes one batchReady() on the GUI thread carrying all records since the
// previous one, so a model inserts them with one beginInsertRows.
class AuditJob : public WorkerJob
{
    Q_OBJECT
public:
    explicit AuditJob(AuditOptions options, QObject *parent = nullptr);
    ~AuditJob() override;
    bool start();
    [[nodiscard]] const AuditOptions &options() const { return m_options; }

Q_SIGNALS:
    void batchReady(const wm::ui::AuditBatchPtr &batch);
    // Before finished(); the outcome of the whole run.
    void auditFinished(const wm::ui::AuditOutcome &outcome);

private:
    AuditOptions m_options;
};

} // namespace wm::ui
