// SPDX-FileCopyrightText: 2026 WhiteMagic contributors
// SPDX-License-Identifier: MIT

#pragma once

#include "concurrency/WorkSample.h"
#include "walk/WalkOptions.h"

#include <functional>

class QThreadPool;

namespace wm {

struct AuditOptions
{
    WalkOptions walk;
    qint64 maxFiles = 0;    // 0: no limit; otherwise the first N paths in sorted order
    qint64 maxFileSize = 0; // 0: no limit; larger files become error rows
    int threads = 0;        // 0: automatic (see AuditEngine::threadsFor)
    int batchSize = 512;    // records per batch handed to the caller at most
    int batchIntervalMs = 100;
    // false: stream-only. Batches still reach the callback and the totals are
    // still computed, but AuditResult::files stays empty, so a GUI model that
    // keeps the rows is the only copy of them.
    bool keepRecords = true;
    // The application's pool: the walk and the analysis run on it instead of
    // a pool of their own, so one thread budget serves every engine. `threads`
    // and the automatic tuning do not apply then (the pool's owner sizes it).
    // The caller must not be one of this pool's threads (it waits on them).
    QThreadPool *pool = nullptr;
    // Test hook: when set, the automatic thread count follows the figures it
    // returns (cumulative, like WorkMeter::total with elapsedNs) instead of
    // the workers' measured ones, so a test can hand the engine a known
    // compute share. Called on the caller's thread at every tick.
    std::function<WorkSample()> tunerSignals;
};

} // namespace wm
