// SPDX-FileCopyrightText: 2026 WhiteMagic contributors
// SPDX-License-Identifier: MIT

#pragma once

#include <QLoggingCategory>

// The similarity subsystem's category; enable with QT_LOGGING_RULES="wm.similarity.debug=true".
Q_DECLARE_LOGGING_CATEGORY(lcSimilarity)
