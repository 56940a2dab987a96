#pragma once

#include "balance/BalanceSignals.h"

#include <QtGlobal>

namespace wm {

struct AuditProgress
{
    qint64 found = 0; // files discovered by the walk so far
    qint64 done = 0;  // files analysed
    qint64 bytes = 0; // bytes analysed
    bool finished = false;

    // Live measurements at this tick, for the balance panel: the six signals
    // from the figures so far (BalanceSignals::fromStats, the definition the
    // final cast uses), the pool's thread count now (the count in use) and
    // ThreadAdvisor's count for the compute share so far.
    BalanceSignals balance;
    int threads = 0;
    int recommendedThreads = 0;
};

} // namespace wm
