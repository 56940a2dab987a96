// SPDX-FileCopyrightText: 2026 WhiteMagic contributors
// SPDX-License-Identifier: MIT

#pragma once

#include "audit/AuditProgress.h"
#include "balance/BalanceSignals.h"
#include "balance/Casting.h"
#include "balance/HexagramCaster.h"

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>
#include <optional>

namespace wm::ui {

struct AuditOutcome;

// The balance panel's state: the hexagram cast from the running engine's
// measured signals (cast from AuditProgress::stats), the thread count the engine is
// using and the one it recommends, and after a run the "hexagram of this
// audit" summary line.
//
// The engine reports at its batch cadence (about 10 Hz); the model samples
// that at most every sampleIntervalMs, so the hexagram follows the run a few
// times per second, and each sample is cast against the previous one with
// HexagramCaster (a line whose signal crossed its threshold since the last
// sample is changing). Its one timer is single-shot and only armed while
// figures are waiting to be sampled: no timer runs when nothing arrives.
class BalanceModel : public QObject
{
    Q_OBJECT
public:
    enum class State
    {
        Idle,     // nothing cast yet
        Running,  // following a run
        Finished, // the run's final cast and its summary
    };
    static constexpr int sampleIntervalMs = 250;

    explicit BalanceModel(QObject *parent = nullptr);

    // A run starts: the previous cast and summary go.
    void begin();
    // The latest figures of the running engine; cast at the next sample.
    void offer(const AuditProgress &progress);
    // The same with the six signals given (tests and tools that feed signal
    // sets directly; the engine's figures go through the overload above).
    void offer(const AuditProgress &progress, const BalanceSignals &measured);
    // The run ended: the final cast from the run's figures, cast the way
    // `wm hexagram DIR` casts (one measurement, no previous), and its
    // summary line. A run that could not start clears the panel.
    void finish(const AuditOutcome &outcome);
    // Casts `now` against the previous sample at once (the sampler's step;
    // public for tests and tools that feed signal sets directly).
    void castNow(const BalanceSignals &now, int threads, int recommendedThreads);

    [[nodiscard]] State state() const { return m_state; }
    [[nodiscard]] bool hasCast() const { return m_reading.has_value(); }
    // Valid when hasCast().
    [[nodiscard]] const HexagramCaster::Result &reading() const { return *m_reading; }
    [[nodiscard]] Casting casting() const { return m_reading->casting(); }
    [[nodiscard]] int threadsInUse() const { return m_threads; }
    [[nodiscard]] int recommendedThreads() const { return m_recommended; }
    // "Hexagram of this audit" line (balance/HexagramSummary); empty until a
    // run has finished.
    [[nodiscard]] QString summary() const { return m_summary; }
    [[nodiscard]] bool partial() const { return m_partial; } // the run was stopped
    // True while figures wait for the next sample (the timer is armed).
    [[nodiscard]] bool isSampling() const { return m_timer.isActive(); }

Q_SIGNALS:
    // Something shown changed: the lines, a value, the thread counts, the
    // state or the summary. Not emitted when a sample changes nothing.
    void changed();

private:
    void sample();
    void clear();

    State m_state = State::Idle;
    std::optional<HexagramCaster::Result> m_reading;
    std::optional<BalanceSignals> m_previous;
    int m_threads = 0;
    int m_recommended = 0;
    QString m_summary;
    bool m_partial = false;

    std::optional<AuditProgress> m_pending;
    std::optional<BalanceSignals> m_pendingSignals; // given with the figures
    QTimer m_timer;
    QElapsedTimer m_sinceSample;
};

} // namespace wm::ui
