// SPDX-FileCopyrightText: 2026 WhiteMagic contributors
// SPDX-License-Identifier: MIT

#pragma once

#include <QLoggingCategory>

// The search subsystem's category; enable with QT_LOGGING_RULES="wm.search.debug=true".
Q_DECLARE_LOGGING_CATEGORY(lcSearch)
