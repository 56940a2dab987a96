#include "BalanceLogging.h"

Q_LOGGING_CATEGORY(lcBalance, "wm.balance", QtWarningMsg)
