// SPDX-FileCopyrightText: 2026 WhiteMagic contributors
// SPDX-License-Identifier: MIT

#pragma once

#include <QLoggingCategory>

// "wm.balance": the hexagram model (the automatic thread count logs to wm.threads).
Q_DECLARE_LOGGING_CATEGORY(lcBalance)
