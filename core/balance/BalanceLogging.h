#pragma once

#include <QLoggingCategory>

// "wm.balance": the hexagram model and the automatic thread count.
// QT_LOGGING_RULES="wm.balance.info=true" shows the thread count chosen.
Q_DECLARE_LOGGING_CATEGORY(lcBalance)
