// SPDX-FileCopyrightText: 2026 WhiteMagic contributors
// SPDX-License-Identifier: MIT

#pragma once

#include <QLoggingCategory>

// "wm.threads": thread advice and tuning; QT_LOGGING_RULES="wm.threads.info=true" shows the thread
// count the automatic mode chose.
Q_DECLARE_LOGGING_CATEGORY(lcThreads)
