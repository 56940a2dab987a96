// SPDX-FileCopyrightText: 2026 WhiteMagic contributors
// SPDX-License-Identifier: MIT

#pragma once

#include "ConsolidationPlan.h"

#include <QJsonObject>
#include <QString>

namespace wm {

// The plan as users read it: Markdown grouped by action (with the reason for
// each note and each merge's scores), or JSON (schema in README.md, key
// "format": "whitemagic-consolidation-plan").
class PlanReport
{
public:
    [[nodiscard]] static QString markdown(const ConsolidationPlan &plan);
    [[nodiscard]] static QJsonObject json(const ConsolidationPlan &plan);
};

} // namespace wm
