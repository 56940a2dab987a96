// SPDX-FileCopyrightText: 2026 WhiteMagic contributors
// SPDX-License-Identifier: MIT

#include "ConcurrencyLogging.h"

Q_LOGGING_CATEGORY(lcThreads, "wm.threads", QtWarningMsg)
