#include "Logging.h"

Q_LOGGING_CATEGORY(lcAudit, "wm.audit", QtWarningMsg)
Q_LOGGING_CATEGORY(lcWalk, "wm.walk", QtWarningMsg)
Q_LOGGING_CATEGORY(lcReport, "wm.report", QtWarningMsg)
