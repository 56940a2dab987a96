// SPDX-FileCopyrightText: 2026 WhiteMagic contributors
// SPDX-License-Identifier: MIT

#include "ThreadAdvisor.h"

#include <algorithm>
#include <cmath>

namespace wm {

double ThreadAdvisor::idealThreads(int hardwareThreads, double share)
{
    const int hw = std::max(1, hardwareThreads);
    // Floored where the result passes the bound anyway, so 1/c stays finite.
    const double floor = 1.0 / (1.0 + (maxThreadsPerCore - 1) / headroom);
    const double c = std::isnan(share) ? 1.0 : std::clamp(share, floor, 1.0);
    return hw * (1.0 + headroom * (1.0 / c - 1.0));
}

int ThreadAdvisor::recommendThreads(int hardwareThreads, double share)
{
    const int hw = std::max(1, hardwareThreads);
    const long n = std::lround(idealThreads(hw, share));
    return int(std::clamp<long>(n, hw, long(maxThreadsPerCore) * hw));
}

int ThreadAdvisor::follow(int hardwareThreads, int current, const WorkSample &window,
                          qint64 minBusyNs)
{
    if (window.busyNs < std::max<qint64>(1, minBusyNs)) return current;
    const double share = tuningShare(window);
    const double ideal = idealThreads(hardwareThreads, share);
    if (std::abs(ideal - current) <= band(current)) return current;
    return recommendThreads(hardwareThreads, share);
}

int ThreadAdvisor::recommendFor(int hardwareThreads, const WorkSample &work)
{
    return recommendThreads(hardwareThreads, tuningShare(work));
}

double ThreadAdvisor::computeShare(qint64 busyNs, qint64 cpuNs, qint64 runDelayNs)
{
    if (busyNs <= 0) return 1.0;
    const WorkSample w{0, busyNs, std::max<qint64>(0, cpuNs), runDelayNs};
    return 1.0 - double(w.blockedNs()) / double(busyNs);
}

double ThreadAdvisor::tuningShare(const WorkSample &work)
{
    if (work.busyNs <= 0) return 1.0;
    const double busy = double(work.busyNs);
    const double cpu = std::min(busy, double(std::max<qint64>(0, work.cpuNs)));
    const double delay = std::clamp(double(work.runDelayNs), 0.0, busy - cpu);
    const double blocked = busy - cpu - delay;
    const double latency = blocked > 0 ? delay * blocked / (blocked + cpu) : 0.0;
    return 1.0 - (blocked + latency) / busy;
}

double ThreadAdvisor::availability(qint64 cpuNs, qint64 runDelayNs)
{
    const double cpu = double(std::max<qint64>(0, cpuNs));
    const double queued = double(std::max<qint64>(0, runDelayNs));
    return cpu + queued > 0 ? cpu / (cpu + queued) : 1.0;
}

} // namespace wm
