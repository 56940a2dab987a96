#include "SearchLogging.h"

Q_LOGGING_CATEGORY(lcSearch, "wm.search", QtWarningMsg)
