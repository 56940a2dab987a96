// SPDX-FileCopyrightText: 2026 WhiteMagic contributors
// SPDX-License-Identifier: MIT

#include "UiLogging.h"

Q_LOGGING_CATEGORY(lcUiJobs, "wm.ui.jobs", QtInfoMsg)
Q_LOGGING_CATEGORY(lcUiModels, "wm.ui.models", QtInfoMsg)
Q_LOGGING_CATEGORY(lcUiWindow, "wm.ui.window", QtInfoMsg)
Q_LOGGING_CATEGORY(lcUiBench, "wm.ui.bench", QtInfoMsg)
