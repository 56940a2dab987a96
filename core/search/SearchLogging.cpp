// SPDX-FileCopyrightText: 2026 WhiteMagic contributors
// SPDX-License-Identifier: MIT

#include "SearchLogging.h"

Q_LOGGING_CATEGORY(lcSearch, "wm.search", QtWarningMsg)
