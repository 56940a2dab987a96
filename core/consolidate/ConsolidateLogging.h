// SPDX-FileCopyrightText: 2026 WhiteMagic contributors
// SPDX-License-Identifier: MIT

#pragma once

#include <QLoggingCategory>

// Consolidation's category; enable with QT_LOGGING_RULES="wm.consolidate.debug=true".
Q_DECLARE_LOGGING_CATEGORY(lcConsolidate)
