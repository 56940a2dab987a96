#include "SimilarityUiLogging.h"

Q_LOGGING_CATEGORY(lcUiSimilarity, "wm.ui.similarity", QtInfoMsg)
