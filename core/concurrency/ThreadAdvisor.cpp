// SPDX-FileCopyrightText: 2026 WhiteMagic contributors
// SPDX-License-Identifier: MIT

#include "ThreadAdvisor.h"

#include <algorithm>
#include <cmath>

namespace wm {

double ThreadAdvisor::idealThreads(int hardwareThreads, double computeShare)
{
    const int hw = std::max(1, hardwareThreads);
    const double c =
        std::isnan(computeShare) ? 1.0 : std::clamp(computeShare, minComputeShare, 1.0);
    return hw / c;
}

int ThreadAdvisor::recommendThreads(int hardwareThreads, double computeShare)
{
    const int hw = std::max(1, hardwareThreads);
    const long n = std::lround(idealThreads(hw, computeShare));
    return int(std::clamp<long>(n, hw, long(maxThreadsPerCore) * hw));
}

int ThreadAdvisor::follow(int hardwareThreads, int current, const WorkSample &window,
                          qint64 minBusyNs)
{
    if (window.busyNs < std::max<qint64>(1, minBusyNs)) return current;
    const double share = computeShare(window.busyNs, window.cpuNs, window.runDelayNs);
    const double ideal = idealThreads(hardwareThreads, share);
    if (std::abs(ideal - current) <= 0.5 + deadBand) return current;
    return recommendThreads(hardwareThreads, share);
}

int ThreadAdvisor::recommendFor(int hardwareThreads, qint64 busyNs, qint64 cpuNs, qint64 runDelayNs)
{
    return recommendThreads(hardwareThreads, computeShare(busyNs, cpuNs, runDelayNs));
}

double ThreadAdvisor::computeShare(qint64 busyNs, qint64 cpuNs, qint64 runDelayNs)
{
    if (busyNs <= 0) return 1.0;
    const WorkSample w{0, busyNs, std::max<qint64>(0, cpuNs), runDelayNs};
    return 1.0 - double(w.blockedNs()) / double(busyNs);
}

double ThreadAdvisor::availability(qint64 cpuNs, qint64 runDelayNs)
{
    const double cpu = double(std::max<qint64>(0, cpuNs));
    const double queued = double(std::max<qint64>(0, runDelayNs));
    return cpu + queued > 0 ? cpu / (cpu + queued) : 1.0;
}

} // namespace wm
