#include "MemoryLogging.h"

Q_LOGGING_CATEGORY(lcMemory, "wm.memory", QtWarningMsg)
