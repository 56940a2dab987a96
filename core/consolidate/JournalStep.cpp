// SPDX-FileCopyrightText: 2026 WhiteMagic contributors
// SPDX-License-Identifier: MIT

#include "JournalStep.h"

namespace wm {

QString journalStepName(JournalStep::Kind kind)
{
    using StepKind = JournalStep::Kind;
    switch (kind) {
    case StepKind::MakeFolder:
        return QStringLiteral("make-folder");
    case StepKind::WriteArchive:
        return QStringLiteral("write-archive");
    case StepKind::VerifyArchive:
        return QStringLiteral("verify-archive");
    case StepKind::CreateNote:
        return QStringLiteral("create-note");
    case StepKind::PointOfNoReturn:
        return QStringLiteral("point-of-no-return");
    case StepKind::Promote:
        return QStringLiteral("promote");
    case StepKind::Remove:
        return QStringLiteral("remove");
    case StepKind::WriteIndex:
        return QStringLiteral("write-index");
    case StepKind::Commit:
        return QStringLiteral("commit");
    }
    return {};
}

} // namespace wm
