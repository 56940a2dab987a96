// SPDX-FileCopyrightText: 2026 WhiteMagic contributors
// SPDX-License-Identifier: MIT

#include "ReportLogging.h"

Q_LOGGING_CATEGORY(lcReport, "wm.report", QtWarningMsg)
