#pragma once

#include <QtGlobal>

namespace wm {

struct AuditProgress
{
    qint64 found = 0; // files discovered by the walk so far
    qint64 done = 0;  // files analysed
    qint64 bytes = 0; // bytes analysed
    bool finished = false;
};

} // namespace wm
