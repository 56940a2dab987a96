// SPDX-FileCopyrightText: 2026 WhiteMagic contributors
// SPDX-License-Identifier: MIT

#pragma once

#include <QLoggingCategory>

// "wm.walk": the directory walker; QT_LOGGING_RULES="wm.walk.debug=true".
Q_DECLARE_LOGGING_CATEGORY(lcWalk)
