#include "WalkLogging.h"

Q_LOGGING_CATEGORY(lcWalk, "wm.walk", QtWarningMsg)
