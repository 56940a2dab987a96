// SPDX-FileCopyrightText: 2026 WhiteMagic contributors
// SPDX-License-Identifier: MIT

#include "SearchUiLogging.h"

Q_LOGGING_CATEGORY(lcUiSearch, "wm.ui.search", QtInfoMsg)
