// SPDX-FileCopyrightText: 2026 WhiteMagic contributors
// SPDX-License-Identifier: MIT

#include "MemoryLogging.h"

Q_LOGGING_CATEGORY(lcMemory, "wm.memory", QtWarningMsg)
