// SPDX-FileCopyrightText: 2026 WhiteMagic contributors
// SPDX-License-Identifier: MIT

#pragma once

#include "AuditStats.h"

#include <QtGlobal>

namespace wm {

struct AuditProgress
{
    qint64 found = 0; // files discovered by the walk so far
    qint64 done = 0;  // files analysed
    qint64 bytes = 0; // bytes analysed
    bool finished = false;

    // Live measurements at this tick, for the balance panel: the figures so
    // far (the balance panel casts them with BalanceSignals::fromStats, the
    // definition the final cast uses; audit/ cannot include balance/, which
    // sits above it), the pool's thread count now (the count in use) and
    // ThreadAdvisor's count for the compute share so far.
    AuditStats stats;
    qint64 statFiles = 0;
    qint64 statErrors = 0;
    int threads = 0;
    int recommendedThreads = 0;
};

} // namespace wm
