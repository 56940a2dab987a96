#include "AuditLogging.h"

Q_LOGGING_CATEGORY(lcAudit, "wm.audit", QtWarningMsg)
