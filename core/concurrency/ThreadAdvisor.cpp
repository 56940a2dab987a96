// SPDX-FileCopyrightText: 2026 WhiteMagic contributors
// SPDX-License-Identifier: MIT

#include "ThreadAdvisor.h"

#include <algorithm>
#include <cmath>

namespace wm {

int ThreadAdvisor::recommendThreads(int hardwareThreads, double computeShare)
{
    const int hw = std::max(1, hardwareThreads);
    const double c =
        std::isnan(computeShare) ? 1.0 : std::clamp(computeShare, minComputeShare, 1.0);
    const long n = std::lround(hw / c);
    return int(std::clamp<long>(n, hw, long(maxThreadsPerCore) * hw));
}

int ThreadAdvisor::recommendFor(int hardwareThreads, qint64 busyNs, qint64 cpuNs, qint64 runDelayNs)
{
    return recommendThreads(hardwareThreads, computeShare(busyNs, cpuNs, runDelayNs));
}

double ThreadAdvisor::computeShare(qint64 busyNs, qint64 cpuNs, qint64 runDelayNs)
{
    if (cpuNs <= 0) return busyNs > 0 ? 0.0 : 1.0;
    const qint64 waiting = std::max<qint64>(0, busyNs - cpuNs - std::max<qint64>(0, runDelayNs));
    return double(cpuNs) / double(cpuNs + waiting);
}

double ThreadAdvisor::availability(qint64 cpuNs, qint64 runDelayNs)
{
    const double cpu = double(std::max<qint64>(0, cpuNs));
    const double queued = double(std::max<qint64>(0, runDelayNs));
    return cpu + queued > 0 ? cpu / (cpu + queued) : 1.0;
}

} // namespace wm
