// SPDX-FileCopyrightText: 2026 WhiteMagic contributors
// SPDX-License-Identifier: MIT

#pragma once

#include "audit/AuditProgress.h"
#include "audit/AuditStats.h"
#include "audit/AuditTotals.h"
#include "audit/FileRecord.h"

#include <QMetaType>
#include <QString>
#include <memory>
#include <vector>

namespace wm::ui {

// One hand-over from the audit's worker to the GUI thread: the records that
// arrived since the last one (copied out of the engine once, then moved
// into the model) and the progress at that moment.
struct AuditBatch
{
    std::vector<FileRecord> records;
    AuditProgress progress;
    qint64 elapsedMs = 0; // since the job started
};
using AuditBatchPtr = std::shared_ptr<AuditBatch>;

// How an audit ended. The records themselves are in the model.
struct AuditOutcome
{
    QString root;
    AuditTotals totals;
    AuditStats stats;
    qint64 omittedByLimit = 0;
    bool cancelled = false;
    QString fatalError;
    qint64 elapsedMs = 0;
};

} // namespace wm::ui

Q_DECLARE_METATYPE(wm::ui::AuditBatchPtr)
Q_DECLARE_METATYPE(wm::ui::AuditOutcome)
