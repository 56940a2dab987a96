// SPDX-FileCopyrightText: 2026 WhiteMagic contributors
// SPDX-License-Identifier: MIT

#pragma once

#include <QLoggingCategory>

// The Near-duplicates and Consolidation views' category; enable with
// QT_LOGGING_RULES="wm.ui.similarity.debug=true".
Q_DECLARE_LOGGING_CATEGORY(lcUiSimilarity)
