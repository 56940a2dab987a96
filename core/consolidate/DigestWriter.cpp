// SPDX-FileCopyrightText: 2026 WhiteMagic contributors
// SPDX-License-Identifier: MIT

#include "DigestWriter.h"

#include "io/NativePath.h"

namespace wm {
namespace {

QString digestCode(const QString &path)
{
    return QLatin1Char('`') + NativePath::display(path) + QLatin1Char('`');
}

QString noteLines(const ConsolidationPlan &plan, NoteAction action)
{
    QString out;
    for (const NoteDecision &n : plan.notes) {
        if (n.action != action) continue;
        out += QStringLiteral("- %1 %2").arg(digestCode(n.relPath), n.title);
        if (action == NoteAction::Promote)
            out += QStringLiteral(" → %1").arg(digestCode(n.targetPath));
        out += QStringLiteral(": %1\n").arg(n.reason);
    }
    return out;
}

QString mergeLines(const ConsolidationPlan &plan)
{
    QString out;
    for (const MergeGroup &g : plan.merges) {
        QStringList sources;
        for (qsizetype m : g.members)
            sources << digestCode(plan.notes[size_t(m)].relPath);
        out += QStringLiteral("- %1 from %2 (similarity %3–%4)\n")
                   .arg(digestCode(g.resultPath), sources.join(QStringLiteral(", ")))
                   .arg(g.minScore, 0, 'f', 2)
                   .arg(g.maxScore, 0, 'f', 2);
    }
    return out;
}

} // namespace

QByteArray DigestWriter::text(const ConsolidationPlan &plan)
{
    const QString day = plan.now.toString(QStringLiteral("yyyy-MM-dd"));
    QString t = QStringLiteral("---\ntitle: \"Consolidation digest %1\"\ncreated: %2\ntags:\n"
                               "  - digest\n  - consolidation\nrun: %3\n---\n\n")
                    .arg(day, plan.now.toString(Qt::ISODate), plan.runId);
    t += QStringLiteral("# Consolidation %1 UTC\n\n")
             .arg(plan.now.toString(QStringLiteral("yyyy-MM-dd HH:mm")));
    t += QStringLiteral("Archived %1 short-term notes older than %2 days, promoted %3 to "
                        "long-term, merged %4 near-duplicates into %5 notes (similarity ≥ %6).")
             .arg(plan.archivedNotes)
             .arg(plan.options.olderThanDays)
             .arg(plan.promotedNotes)
             .arg(plan.mergedNotes)
             .arg(plan.merges.size())
             .arg(plan.options.similarity.threshold);
    if (!plan.archivePath.isEmpty())
        t += QStringLiteral(" The originals are in %1.").arg(digestCode(plan.archivePath));
    t += QLatin1Char('\n');
    const auto section = [&t](const QString &title, const QString &lines) {
        if (!lines.isEmpty()) t += QStringLiteral("\n## %1\n\n%2").arg(title, lines);
    };
    section(QStringLiteral("Archived"), noteLines(plan, NoteAction::Archive));
    section(QStringLiteral("Promoted"), noteLines(plan, NoteAction::Promote));
    section(QStringLiteral("Merged"), mergeLines(plan));
    QString malformed;
    for (const MalformedNote &m : plan.malformed)
        malformed += QStringLiteral("- %1: %2\n").arg(digestCode(m.relPath), m.reason);
    section(QStringLiteral("Malformed notes (left untouched)"), malformed);
    return t.toUtf8();
}

} // namespace wm
