// SPDX-FileCopyrightText: 2026 WhiteMagic contributors
// SPDX-License-Identifier: MIT

#pragma once

#include "BalanceSignals.h"
#include "Casting.h"

#include <array>
#include <span>

namespace wm {

// Casts a hexagram from measurements: line n is yang when signal n - 1 is at
// or above its threshold. Nothing is random or hashed; the same measurements
// always give the same lines.
//
// A line is changing when its signal is crossing its threshold:
//   - crossed: with a previous measurement (a live cast over a time series),
//     the value is now on the other side of the threshold than it was. As an
//     "old" line of the tradition, it is drawn as the side being left and
//     turns into the side now reached: the primary hexagram is the state the
//     run is leaving, the resulting one the state it is entering.
//   - near: the value lies within the rule's band of the threshold,
//     |value - threshold| <= band. One measurement cannot tell the direction,
//     so the line is drawn as its current side and may turn either way.
class HexagramCaster
{
public:
    struct Rule
    {
        BalanceSignals::Signal signal;
        const char *key;        // JSON name, e.g. "computeShare"
        const char *label;      // e.g. "compute share"
        const char *definition; // how the value is computed
        double threshold;       // yang when value >= threshold
        double band;            // changing when |value - threshold| <= band
        const char *yangMeans;
        const char *yinMeans;
    };

    struct LineReading
    {
        int line = 0; // 1..6
        double value = 0;
        bool above = false; // value >= threshold now
        bool nearThreshold = false;
        bool crossed = false; // changed sides since the previous measurement
        // The line as drawn: a crossed line shows the side it is leaving.
        [[nodiscard]] bool yang() const { return crossed ? !above : above; }
        [[nodiscard]] bool changing() const { return nearThreshold || crossed; }
        [[nodiscard]] const Rule &rule() const { return HexagramCaster::rule(line); }
    };

    struct Result
    {
        std::array<LineReading, 6> lines;
        [[nodiscard]] Casting casting() const;
    };

    static const std::array<Rule, BalanceSignals::count> &rules(); // index = line - 1
    static const Rule &rule(int line) { return rules()[size_t(line - 1)]; }

    static Result cast(const BalanceSignals &now, const BalanceSignals *previous = nullptr);
    // A live cast: the last measurement, compared with the one before it.
    static Result castSeries(std::span<const BalanceSignals> series);
};

} // namespace wm
