// SPDX-FileCopyrightText: 2026 WhiteMagic contributors
// SPDX-License-Identifier: MIT

#include "BalancePanelLogging.h"

Q_LOGGING_CATEGORY(lcUiBalance, "wm.ui.balance", QtInfoMsg)
