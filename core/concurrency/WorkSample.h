// SPDX-FileCopyrightText: 2026 WhiteMagic contributors
// SPDX-License-Identifier: MIT

#pragma once

#include <QtGlobal>
#include <algorithm>

namespace wm {

// What the workers of a run did, summed over them, and how long the run has
// gone on. A worker's time inside a task (busy) is computing (cpu), runnable
// but not running because others held the cores (run-queue delay), and the
// rest: blocked, mostly in read/openat/getdents/fstatat on a cold tree. Only
// the blocked part is helped by more threads.
struct WorkSample
{
    qint64 elapsedNs = 0;  // wall time of the run so far (not summed)
    qint64 busyNs = 0;     // wall time inside measured tasks
    qint64 cpuNs = 0;      // CPU time of the same tasks
    qint64 runDelayNs = 0; // time runnable but not running, within the tasks

    [[nodiscard]] qint64 blockedNs() const
    {
        return std::max<qint64>(0, busyNs - cpuNs - std::max<qint64>(0, runDelayNs));
    }

    // The work done between `earlier` and this sample.
    [[nodiscard]] WorkSample since(const WorkSample &earlier) const
    {
        return {elapsedNs - earlier.elapsedNs, busyNs - earlier.busyNs, cpuNs - earlier.cpuNs,
                runDelayNs - earlier.runDelayNs};
    }
};

} // namespace wm
