#include "ReportLogging.h"

Q_LOGGING_CATEGORY(lcReport, "wm.report", QtWarningMsg)
