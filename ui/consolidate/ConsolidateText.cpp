// SPDX-FileCopyrightText: 2026 WhiteMagic contributors
// SPDX-License-Identifier: MIT

#include "ConsolidateText.h"

namespace wm::ui {

QStringList ConsolidateText::applySteps()
{
    return {tr("Check notes"),      tr("Archive originals"),  tr("Verify archive"),
            tr("Write new notes"),  tr("Point of no return"), tr("Promote"),
            tr("Remove originals"), tr("Update index")};
}

QStringList ConsolidateText::restoreSteps()
{
    return {tr("Check files"), tr("Write back originals"), tr("Move notes back"),
            tr("Remove the run's files")};
}

QStringList ConsolidateText::planSteps()
{
    return {tr("Read notes"), tr("Find near-duplicates"), tr("Decide")};
}

QString ConsolidateText::applyNotice()
{
    return tr("Cancel is possible until the point of no return (step 5): the folder is then left "
              "exactly as it was. After it, the run finishes.");
}

QString ConsolidateText::restoreNotice()
{
    return tr("Cancel is possible while the run's files are checked; once originals are written "
              "back, the restore finishes.");
}

QString ConsolidateText::planSummary(const ConsolidationPlan &p)
{
    QStringList parts{
        tr("%Ln to archive", nullptr, int(p.archivedNotes)),
        tr("%Ln to promote", nullptr, int(p.promotedNotes)),
        tr("%Ln note(s) in %1 merge(s)", nullptr, int(p.mergedNotes)).arg(p.merges.size()),
        tr("%Ln kept", nullptr, int(p.keptNotes))};
    if (!p.malformed.empty())
        parts << tr("%Ln malformed (left untouched)", nullptr, int(p.malformed.size()));
    QString text = parts.join(QStringLiteral(" · ")) + QStringLiteral(". ");
    text += p.hasChanges() ? tr("Nothing changes until you apply the plan; the originals go into "
                                "%1 and the run can be restored.")
                                 .arg(p.archivePath)
                           : tr("Nothing to do.");
    return text;
}

QString ConsolidateText::applied(const ApplyResult &r)
{
    if (r.ok)
        return tr("Run %1 applied: %2 archived, %3 promoted, %4 merged, %5 created. Press F5 to "
                  "plan again.")
            .arg(r.runId)
            .arg(r.archived)
            .arg(r.promoted)
            .arg(r.merged)
            .arg(r.created);
    return r.cancelled ? tr("Cancelled: the folder is unchanged.") : tr("Apply stopped.");
}

QString ConsolidateText::restored(const RestoreResult &r)
{
    if (r.ok)
        return tr("Restored: %Ln run(s) undone, %1 file(s) written back. Press F5 to plan again.",
                  nullptr, int(r.runs.size()))
            .arg(r.filesRestored);
    return r.cancelled ? tr("Cancelled: nothing was changed.") : tr("Restore stopped.");
}

} // namespace wm::ui
