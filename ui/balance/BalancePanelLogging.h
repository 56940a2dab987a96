// SPDX-FileCopyrightText: 2026 WhiteMagic contributors
// SPDX-License-Identifier: MIT

#pragma once

#include <QLoggingCategory>

// "wm.ui.balance": the balance panel (QT_LOGGING_RULES="wm.ui.balance.debug=true").
Q_DECLARE_LOGGING_CATEGORY(lcUiBalance)
