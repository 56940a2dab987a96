#include "ConsolidateLogging.h"

Q_LOGGING_CATEGORY(lcConsolidate, "wm.consolidate", QtWarningMsg)
