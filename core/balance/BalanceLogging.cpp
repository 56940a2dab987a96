// SPDX-FileCopyrightText: 2026 WhiteMagic contributors
// SPDX-License-Identifier: MIT

#include "BalanceLogging.h"

Q_LOGGING_CATEGORY(lcBalance, "wm.balance", QtWarningMsg)
