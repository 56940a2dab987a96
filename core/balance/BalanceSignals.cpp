// SPDX-FileCopyrightText: 2026 WhiteMagic contributors
// SPDX-License-Identifier: MIT

#include "BalanceSignals.h"

#include "audit/AuditResult.h"
#include "concurrency/ThreadAdvisor.h"

#include <algorithm>
#include <numeric>

namespace wm {

BalanceSignals BalanceSignals::fromAudit(const AuditResult &r)
{
    return fromStats(r.stats, r.totals.files, r.totals.errors);
}

BalanceSignals BalanceSignals::fromStats(const AuditStats &s, qint64 files, qint64 errors)
{
    const int hw = s.hardwareThreads > 0 ? s.hardwareThreads : std::max(1, s.threads);
    BalanceSignals b;
    // Line 1 reads the share the thread tuner acts on, so the cast and the
    // thread count agree: on a cold tree most of the run-queue delay after
    // reads is waiting, which the plain compute share would call computing.
    b.values[ComputeShare] =
        ThreadAdvisor::tuningShare({s.wallNs, s.workerBusyNs, s.workerCpuNs, s.workerRunDelayNs});
    b.values[CoreUse] = coreUse(s.workerCpuNs, s.wallNs, hw);
    b.values[Pace] = pace(s.throughputSamples);
    b.values[QueueDepth] = queueDepth(s.peakQueueDepth, s.threads);
    b.values[ErrorShare] = share(errors, files);
    b.values[ChangeRate] = share(s.recentlyModified, files);
    return b;
}

double BalanceSignals::coreUse(qint64 cpuNs, qint64 wallNs, int hardwareThreads)
{
    if (wallNs <= 0) return 0;
    return double(std::max<qint64>(0, cpuNs)) / (double(wallNs) * std::max(1, hardwareThreads));
}

double BalanceSignals::pace(const std::vector<double> &samples)
{
    if (samples.size() < 5) return 1.0;
    const size_t n = samples.size() - 1; // without the final flush
    const size_t recent = std::max<size_t>(1, n / 4);
    const auto mean = [](auto begin, auto end) {
        return std::accumulate(begin, end, 0.0) / double(std::distance(begin, end));
    };
    const double before = mean(samples.begin(), samples.begin() + qsizetype(n - recent));
    const double last =
        mean(samples.begin() + qsizetype(n - recent), samples.begin() + qsizetype(n));
    if (before <= 0) return last > 0 ? 2.0 : 1.0; // nothing done before: not slowing down
    return last / before;
}

double BalanceSignals::queueDepth(qint64 peakQueueDepth, int threads)
{
    return double(std::max<qint64>(0, peakQueueDepth)) / std::max(1, threads);
}

double BalanceSignals::share(qint64 part, qint64 whole)
{
    return whole > 0 ? double(part) / double(whole) : 0.0;
}

} // namespace wm
