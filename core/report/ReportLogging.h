// SPDX-FileCopyrightText: 2026 WhiteMagic contributors
// SPDX-License-Identifier: MIT

#pragma once

#include <QLoggingCategory>

// "wm.report": the report writers; QT_LOGGING_RULES="wm.report.debug=true".
Q_DECLARE_LOGGING_CATEGORY(lcReport)
