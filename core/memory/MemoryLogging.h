// SPDX-FileCopyrightText: 2026 WhiteMagic contributors
// SPDX-License-Identifier: MIT

#pragma once

#include <QLoggingCategory>

// The memory store's category; enable with QT_LOGGING_RULES="wm.memory.debug=true".
Q_DECLARE_LOGGING_CATEGORY(lcMemory)
