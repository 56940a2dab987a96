// SPDX-FileCopyrightText: 2026 WhiteMagic contributors
// SPDX-License-Identifier: MIT

#include "ConsolidationPlan.h"

namespace wm {

QString noteActionName(NoteAction action)
{
    switch (action) {
    case NoteAction::Keep:
        return QStringLiteral("keep");
    case NoteAction::Archive:
        return QStringLiteral("archive");
    case NoteAction::Promote:
        return QStringLiteral("promote");
    case NoteAction::Merge:
        return QStringLiteral("merge");
    }
    return {};
}

bool ConsolidationPlan::hasChanges() const
{
    return archivedNotes + promotedNotes + mergedNotes > 0;
}

std::vector<const NoteDecision *> ConsolidationPlan::removedNotes() const
{
    std::vector<const NoteDecision *> out;
    for (const NoteDecision &n : notes)
        if (n.action == NoteAction::Archive || n.action == NoteAction::Merge) out.push_back(&n);
    return out;
}

} // namespace wm
