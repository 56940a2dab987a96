// SPDX-FileCopyrightText: 2026 WhiteMagic contributors
// SPDX-License-Identifier: MIT

#pragma once

#include "audit/AuditResult.h"
#include "jobs/AuditBatch.h"

#include <QString>

namespace wm::ui {

class AuditTableModel;

// Builds the reports from what the window holds: the model's rows (the one
// copy of the records) and the scan's outcome, through the same core/report
// code `wm audit` uses, so the files are byte-identical to the CLI's for the
// same folder and options (the date line aside).
class ReportExporter
{
public:
    // The AuditResult `wm audit` would have built: records sorted by path.
    // A temporary copy for the export only (strings are shared, not copied).
    [[nodiscard]] static AuditResult result(const AuditTableModel &model,
                                            const AuditOutcome &outcome);
    [[nodiscard]] static QString markdown(const AuditTableModel &model, const AuditOutcome &outcome,
                                          qint64 budgetTokens);
    [[nodiscard]] static QByteArray render(const QString &format, const AuditTableModel &model,
                                           const AuditOutcome &outcome, qint64 budgetTokens);
    // Writes atomically (QSaveFile); returns the error, empty on success.
    static QString write(const QString &path, const QString &format, const AuditTableModel &model,
                         const AuditOutcome &outcome, qint64 budgetTokens);
};

} // namespace wm::ui
