// SPDX-FileCopyrightText: 2026 WhiteMagic contributors
// SPDX-License-Identifier: MIT

#pragma once

#include "AuditBatch.h"
#include "WorkerJob.h"
#include "audit/AuditOptions.h"

#include <mutex>

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
    void handOver(std::vector<FileRecord> &&records, const AuditProgress &progress, qint64 ms);
    void drain();

    AuditOptions m_options;
    // Records waiting for the GUI thread. A late GUI thread takes whatever
    // piled up in one go rather than several batches back to back inside
    // one event-loop iteration (posted events are all delivered before the
    // loop turns), so its work per iteration stays bounded.
    std::mutex m_pendingMutex;
    AuditBatchPtr m_pending;
    bool m_drainPosted = false;
};

} // namespace wm::ui
