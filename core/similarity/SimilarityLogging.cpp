#include "SimilarityLogging.h"

Q_LOGGING_CATEGORY(lcSimilarity, "wm.similarity", QtWarningMsg)
