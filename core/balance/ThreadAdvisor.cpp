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
    return int(std::clamp<long>(n, 1, long(maxThreadsPerCore) * hw));
}

double ThreadAdvisor::computeShare(qint64 busyNs, qint64 cpuNs, qint64 runDelayNs)
{
    if (cpuNs <= 0) return busyNs > 0 ? 0.0 : 1.0;
    const qint64 waiting = std::max<qint64>(0, busyNs - cpuNs - std::max<qint64>(0, runDelayNs));
    return double(cpuNs) / double(cpuNs + waiting);
}

} // namespace wm
