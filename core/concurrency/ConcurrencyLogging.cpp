#include "ConcurrencyLogging.h"

Q_LOGGING_CATEGORY(lcThreads, "wm.threads", QtWarningMsg)
