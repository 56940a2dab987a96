// SPDX-FileCopyrightText: 2026 WhiteMagic contributors
// SPDX-License-Identifier: MIT

#pragma once

#include <QLoggingCategory>

// The desktop application's categories; enable with
// QT_LOGGING_RULES="wm.ui.*.debug=true".
Q_DECLARE_LOGGING_CATEGORY(lcUiJobs)
Q_DECLARE_LOGGING_CATEGORY(lcUiModels)
Q_DECLARE_LOGGING_CATEGORY(lcUiWindow)
Q_DECLARE_LOGGING_CATEGORY(lcUiBench)
