// SPDX-FileCopyrightText: 2026 WhiteMagic contributors
// SPDX-License-Identifier: MIT

#include "JournalStep.h"

namespace wm {

QString journalStepName(JournalStep::Kind kind)
{
    using Kind = JournalStep::Kind;
    switch (kind) {
    case Kind::MakeFolder:
        return QStringLiteral("make-folder");
    case Kind::WriteArchive:
        return QStringLiteral("write-archive");
    case Kind::VerifyArchive:
        return QStringLiteral("verify-archive");
    case Kind::CreateNote:
        return QStringLiteral("create-note");
    case Kind::PointOfNoReturn:
        return QStringLiteral("point-of-no-return");
    case Kind::Promote:
        return QStringLiteral("promote");
    case Kind::Remove:
        return QStringLiteral("remove");
    case Kind::WriteIndex:
        return QStringLiteral("write-index");
    case Kind::Commit:
        return QStringLiteral("commit");
    }
    return {};
}

} // namespace wm
