// SPDX-FileCopyrightText: 2026 WhiteMagic contributors
// SPDX-License-Identifier: MIT

#pragma once

#include <QtGlobal>

namespace wm {

// Per-thread clocks for telling computing from waiting. A worker's wall time
// inside a task is CPU time + time blocked (I/O) + time runnable but not
// running (other threads held the cores). Only the blocked part is helped by
// more threads, so the run-queue delay must not count as waiting.
class ThreadClock
{
public:
    // CPU time of the calling thread (user + system), CLOCK_THREAD_CPUTIME_ID.
    static qint64 cpuNs();
    // Time the calling thread spent runnable on a run queue, from
    // /proc/thread-self/schedstat (second field). 0 where that is missing.
    static qint64 runDelayNs();
};

} // namespace wm
