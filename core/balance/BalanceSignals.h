// SPDX-FileCopyrightText: 2026 WhiteMagic contributors
// SPDX-License-Identifier: MIT

#pragma once

#include <QtGlobal>
#include <array>
#include <vector>

namespace wm {

struct AuditResult;
struct AuditStats;

// Six measurements of an audit, one per line of its hexagram (index = line
// number - 1). Lines 1-3, the lower ("inner") trigram, describe the workers;
// lines 4-6, the upper ("outer") trigram, describe the work coming at them.
//
//   1 compute share  share of the workers' busy time not blocked on I/O:
//                    (cpu + run-queue delay) / busy (concurrency/ThreadAdvisor.h)
//   2 core use       worker cpu / (wall x hardware threads)
//   3 pace           throughput of the last quarter of the run / its average before
//   4 queue depth    peak of pending walk and analysis tasks per worker thread
//   5 error share    files that could not be read / files
//   6 change rate    files modified in the hour before the audit / files
//
// HexagramCaster holds the threshold of each.
struct BalanceSignals
{
    enum Signal
    {
        ComputeShare,
        CoreUse,
        Pace,
        QueueDepth,
        ErrorShare,
        ChangeRate
    };
    static constexpr int count = 6;

    std::array<double, count> values{};

    [[nodiscard]] double operator[](Signal s) const { return values[size_t(s)]; }
    bool operator==(const BalanceSignals &) const = default;

    static BalanceSignals fromAudit(const AuditResult &result);
    // The same from the figures alone: a finished run's, or a running one's
    // so far (AuditProgress::balance), so a live cast and the final one use
    // one definition.
    static BalanceSignals fromStats(const AuditStats &stats, qint64 files, qint64 errors);

    // The definitions, one each, public so the tests can check them on figures.
    static double coreUse(qint64 cpuNs, qint64 wallNs, int hardwareThreads);
    // `samples` are files/s per progress tick; the last one is the final
    // flush after the pool drained, which measures the drain, not the pace,
    // and is left out. Fewer than four samples left: 1 (too short to tell).
    static double pace(const std::vector<double> &samples);
    static double queueDepth(qint64 peakQueueDepth, int threads);
    static double share(qint64 part, qint64 whole); // 0 when whole is 0
};

} // namespace wm
