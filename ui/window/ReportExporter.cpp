// SPDX-FileCopyrightText: 2026 WhiteMagic contributors
// SPDX-License-Identifier: MIT

#include "ReportExporter.h"

#include "balance/HexagramSummary.h"
#include "models/AuditTableModel.h"
#include "report/CsvReport.h"
#include "report/JsonReport.h"
#include "report/MarkdownReport.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QSaveFile>
#include <algorithm>

namespace wm::ui {

AuditResult ReportExporter::result(const AuditTableModel &model, const AuditOutcome &outcome)
{
    AuditResult r;
    r.root = outcome.root;
    r.files = model.rows();
    // The engine's order (AuditEngine::run sorts by path the same way).
    std::sort(r.files.begin(), r.files.end(),
              [](const FileRecord &a, const FileRecord &b) { return a.path < b.path; });
    r.totals = outcome.totals;
    r.stats = outcome.stats;
    r.omittedByLimit = outcome.omittedByLimit;
    r.cancelled = outcome.cancelled;
    r.fatalError = outcome.fatalError;
    return r;
}

QString ReportExporter::markdown(const AuditTableModel &model, const AuditOutcome &outcome,
                                 qint64 budgetTokens)
{
    MarkdownReport::Options o;
    o.budgetTokens = budgetTokens;
    const AuditResult r = result(model, outcome);
    o.hexagramLine = HexagramSummary::label() + QStringLiteral(": ") +
                     HexagramSummary::ofAudit(r); // what the balance panel shows after the run
    return MarkdownReport::render(r, o);
}

QByteArray ReportExporter::render(const QString &format, const AuditTableModel &model,
                                  const AuditOutcome &outcome, qint64 budgetTokens)
{
    if (format == QLatin1String("md")) return markdown(model, outcome, budgetTokens).toUtf8();
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    const AuditResult r = result(model, outcome);
    if (format == QLatin1String("json"))
        JsonReport::write(r, buffer);
    else
        CsvReport::write(r, buffer);
    return buffer.data();
}

QString ReportExporter::write(const QString &path, const QString &format,
                              const AuditTableModel &model, const AuditOutcome &outcome,
                              qint64 budgetTokens)
{
    const QByteArray bytes = render(format, model, outcome, budgetTokens);
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        return QCoreApplication::translate("ReportExporter", "Cannot write %1: %2")
            .arg(path, f.errorString());
    if (f.write(bytes) != bytes.size() || !f.commit())
        return QCoreApplication::translate("ReportExporter", "Cannot write %1: %2")
            .arg(path, f.errorString());
    return {};
}

} // namespace wm::ui
