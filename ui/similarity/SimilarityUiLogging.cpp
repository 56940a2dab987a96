// SPDX-FileCopyrightText: 2026 WhiteMagic contributors
// SPDX-License-Identifier: MIT

#include "SimilarityUiLogging.h"

Q_LOGGING_CATEGORY(lcUiSimilarity, "wm.ui.similarity", QtInfoMsg)
