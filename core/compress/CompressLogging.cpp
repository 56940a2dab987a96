// SPDX-FileCopyrightText: 2026 WhiteMagic contributors
// SPDX-License-Identifier: MIT

#include "CompressLogging.h"

Q_LOGGING_CATEGORY(lcCompress, "wm.compress", QtWarningMsg)
Q_LOGGING_CATEGORY(lcArchive, "wm.archive", QtWarningMsg)
