// SPDX-FileCopyrightText: 2026 WhiteMagic contributors
// SPDX-License-Identifier: MIT

#include "AuditLogging.h"

Q_LOGGING_CATEGORY(lcAudit, "wm.audit", QtWarningMsg)
