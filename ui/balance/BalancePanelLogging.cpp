#include "BalancePanelLogging.h"

Q_LOGGING_CATEGORY(lcUiBalance, "wm.ui.balance", QtInfoMsg)
