#pragma once

#include <QLoggingCategory>

// One category per subsystem; enable with QT_LOGGING_RULES="wm.audit.debug=true".
Q_DECLARE_LOGGING_CATEGORY(lcAudit)
Q_DECLARE_LOGGING_CATEGORY(lcWalk)
Q_DECLARE_LOGGING_CATEGORY(lcReport)
