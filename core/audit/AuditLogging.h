// SPDX-FileCopyrightText: 2026 WhiteMagic contributors
// SPDX-License-Identifier: MIT

#pragma once

#include <QLoggingCategory>

// "wm.audit": the audit engine; QT_LOGGING_RULES="wm.audit.debug=true".
Q_DECLARE_LOGGING_CATEGORY(lcAudit)
