// SPDX-FileCopyrightText: 2026 WhiteMagic contributors
// SPDX-License-Identifier: MIT

#pragma once

#include <QLoggingCategory>

// Enable with QT_LOGGING_RULES="wm.compress.debug=true;wm.archive.debug=true".
Q_DECLARE_LOGGING_CATEGORY(lcCompress)
Q_DECLARE_LOGGING_CATEGORY(lcArchive)
