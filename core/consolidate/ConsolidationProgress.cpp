// SPDX-FileCopyrightText: 2026 WhiteMagic contributors
// SPDX-License-Identifier: MIT

#include "ConsolidationProgress.h"

namespace wm {

QString progressStepName(ConsolidationProgress::Step step)
{
    using Step = ConsolidationProgress::Step;
    switch (step) {
    case Step::Checking:
        return QStringLiteral("checking");
    case Step::Archiving:
        return QStringLiteral("archiving");
    case Step::Verifying:
        return QStringLiteral("verifying");
    case Step::Writing:
        return QStringLiteral("writing");
    case Step::PointOfNoReturn:
        return QStringLiteral("point of no return");
    case Step::Promoting:
        return QStringLiteral("promoting");
    case Step::Removing:
        return QStringLiteral("removing");
    case Step::Indexing:
        return QStringLiteral("indexing");
    case Step::Finished:
        return QStringLiteral("finished");
    }
    return {};
}

} // namespace wm
