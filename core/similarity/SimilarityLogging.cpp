// SPDX-FileCopyrightText: 2026 WhiteMagic contributors
// SPDX-License-Identifier: MIT

#include "SimilarityLogging.h"

Q_LOGGING_CATEGORY(lcSimilarity, "wm.similarity", QtWarningMsg)
