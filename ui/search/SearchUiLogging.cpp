#include "SearchUiLogging.h"

Q_LOGGING_CATEGORY(lcUiSearch, "wm.ui.search", QtInfoMsg)
