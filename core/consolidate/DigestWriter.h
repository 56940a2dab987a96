// SPDX-FileCopyrightText: 2026 WhiteMagic contributors
// SPDX-License-Identifier: MIT

#pragma once

#include "ConsolidationPlan.h"

#include <QByteArray>

namespace wm {

// The dated digest note a run leaves in long_term/: what was archived,
// promoted and merged (with the scores) and which notes were malformed, as
// a note of the store itself (front matter with title, created, tags
// [digest, consolidation] and the run's id).
class DigestWriter
{
public:
    [[nodiscard]] static QByteArray text(const ConsolidationPlan &plan);
};

} // namespace wm
