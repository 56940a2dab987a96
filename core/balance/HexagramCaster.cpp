// SPDX-FileCopyrightText: 2026 WhiteMagic contributors
// SPDX-License-Identifier: MIT

#include "HexagramCaster.h"

#include <cmath>

namespace wm {

const std::array<HexagramCaster::Rule, BalanceSignals::count> &HexagramCaster::rules()
{
    // Thresholds: compute share 0.5 is where waiting starts to call for more
    // threads than cores (ThreadAdvisor: 2 per core); core use 0.5 is half
    // the machine; pace 0.8 allows the noise of 100 ms samples; a queue of 4
    // tasks per worker means the walk runs well ahead of the analysis; 1 %
    // errors is more than the odd unreadable file; 5 % of the files changed
    // within the hour is a folder being worked on.
    static const std::array<Rule, BalanceSignals::count> r{{
        {BalanceSignals::ComputeShare, "computeShare", "compute share",
         "(worker CPU + run-queue delay) / worker busy time", 0.5, 0.1, "workers compute",
         "workers wait on I/O"},
        {BalanceSignals::CoreUse, "coreUse", "core use",
         "worker CPU / (wall time x hardware threads)", 0.5, 0.1, "the cores are busy",
         "the cores are idle"},
        {BalanceSignals::Pace, "pace", "pace",
         "files/s in the last quarter of the run / files/s before it", 0.8, 0.1, "throughput holds",
         "throughput falls"},
        {BalanceSignals::QueueDepth, "queueDepth", "queue depth",
         "peak pending tasks / worker threads", 4.0, 1.0, "work piles up for the workers",
         "workers wait for work"},
        {BalanceSignals::ErrorShare, "errorShare", "error share", "files with errors / files", 0.01,
         0.005, "files fail", "files read cleanly"},
        {BalanceSignals::ChangeRate, "changeRate", "change rate",
         "files modified in the last hour / files", 0.05, 0.02, "the folder is changing",
         "the folder is at rest"},
    }};
    return r;
}

HexagramCaster::Result HexagramCaster::cast(const BalanceSignals &now,
                                            const BalanceSignals *previous)
{
    Result out;
    for (int i = 0; i < BalanceSignals::count; ++i) {
        const Rule &r = rules()[size_t(i)];
        LineReading &l = out.lines[size_t(i)];
        l.line = i + 1;
        l.value = now.values[size_t(i)];
        // NaN compares false: an unmeasurable signal reads yin, not changing.
        l.above = l.value >= r.threshold;
        l.nearThreshold = std::abs(l.value - r.threshold) <= r.band;
        if (previous) {
            const double before = previous->values[size_t(i)];
            l.crossed =
                !std::isnan(before) && !std::isnan(l.value) && (before >= r.threshold) != l.above;
        }
    }
    return out;
}

HexagramCaster::Result HexagramCaster::castSeries(std::span<const BalanceSignals> series)
{
    if (series.empty()) return cast(BalanceSignals{});
    if (series.size() == 1) return cast(series.back());
    return cast(series.back(), &series[series.size() - 2]);
}

Casting HexagramCaster::Result::casting() const
{
    std::array<Line, 6> l;
    for (size_t i = 0; i < 6; ++i)
        l[i] = Line{lines[i].yang(), lines[i].changing()};
    return Casting(l);
}

} // namespace wm
