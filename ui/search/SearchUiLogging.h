// SPDX-FileCopyrightText: 2026 WhiteMagic contributors
// SPDX-License-Identifier: MIT

#pragma once

#include <QLoggingCategory>

// The Search view's category; enable with QT_LOGGING_RULES="wm.ui.search.debug=true".
Q_DECLARE_LOGGING_CATEGORY(lcUiSearch)
