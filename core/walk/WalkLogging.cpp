// SPDX-FileCopyrightText: 2026 WhiteMagic contributors
// SPDX-License-Identifier: MIT

#include "WalkLogging.h"

Q_LOGGING_CATEGORY(lcWalk, "wm.walk", QtWarningMsg)
