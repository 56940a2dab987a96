// SPDX-FileCopyrightText: 2026 WhiteMagic contributors
// SPDX-License-Identifier: MIT

#include "ConsolidateLogging.h"

Q_LOGGING_CATEGORY(lcConsolidate, "wm.consolidate", QtWarningMsg)
