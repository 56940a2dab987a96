// SPDX-FileCopyrightText: 2026 WhiteMagic contributors
// SPDX-License-Identifier: MIT

#include "BalanceModel.h"

#include "BalancePanelLogging.h"
#include "balance/HexagramSummary.h"
#include "jobs/AuditBatch.h"

namespace wm::ui {
namespace {

bool sameReading(const HexagramCaster::Result &a, const HexagramCaster::Result &b)
{
    for (size_t i = 0; i < a.lines.size(); ++i) {
        const HexagramCaster::LineReading &x = a.lines[i];
        const HexagramCaster::LineReading &y = b.lines[i];
        // Values count as changed at the precision shown (three decimals).
        if (x.yang() != y.yang() || x.changing() != y.changing() ||
            qRound64(x.value * 1000) != qRound64(y.value * 1000))
            return false;
    }
    return true;
}

} // namespace

BalanceModel::BalanceModel(QObject *parent) : QObject(parent)
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &BalanceModel::sample);
}

void BalanceModel::clear()
{
    m_timer.stop();
    m_pending.reset();
    m_reading.reset();
    m_previous.reset();
    m_threads = 0;
    m_recommended = 0;
    m_summary.clear();
    m_partial = false;
}

void BalanceModel::begin()
{
    clear();
    m_state = State::Running;
    m_sinceSample.invalidate();
    Q_EMIT changed();
}

void BalanceModel::offer(const AuditProgress &progress, const BalanceSignals &measured)
{
    offer(progress);
    if (m_pending) m_pendingSignals = measured;
}

void BalanceModel::offer(const AuditProgress &progress)
{
    if (m_state != State::Running) return;
    m_pending = progress;
    m_pendingSignals.reset();
    if (m_timer.isActive()) return; // the sample already due takes these figures
    const qint64 since = m_sinceSample.isValid() ? m_sinceSample.elapsed() : sampleIntervalMs;
    m_timer.start(int(std::max<qint64>(0, sampleIntervalMs - since)));
}

void BalanceModel::sample()
{
    if (!m_pending) return;
    const AuditProgress p = *m_pending;
    const std::optional<BalanceSignals> given = m_pendingSignals;
    m_pending.reset();
    m_pendingSignals.reset();
    m_sinceSample.start();
    // Before the workers have done anything there is nothing to measure.
    if (p.done == 0 && p.found == 0) return;
    const BalanceSignals now =
        given ? *given : BalanceSignals::fromStats(p.stats, p.statFiles, p.statErrors);
    qCDebug(lcUiBalance) << "sample: done" << p.done << "threads" << p.threads << "recommended"
                         << p.recommendedThreads << "signals" << now.values[0] << now.values[1]
                         << now.values[2] << now.values[3] << now.values[4] << now.values[5];
    castNow(now, p.threads, p.recommendedThreads);
}

void BalanceModel::castNow(const BalanceSignals &now, int threads, int recommendedThreads)
{
    const HexagramCaster::Result r = HexagramCaster::cast(now, m_previous ? &*m_previous : nullptr);
    m_previous = now;
    const bool same = m_reading && sameReading(*m_reading, r) && m_threads == threads &&
                      m_recommended == recommendedThreads;
    m_reading = r;
    m_threads = threads;
    m_recommended = recommendedThreads;
    if (!same) Q_EMIT changed();
}

void BalanceModel::finish(const AuditOutcome &outcome)
{
    m_timer.stop();
    m_pending.reset();
    if (!outcome.fatalError.isEmpty()) {
        clear();
        m_state = State::Idle;
        Q_EMIT changed();
        return;
    }
    const AuditStats &s = outcome.stats;
    // As `wm hexagram DIR` casts: the whole run's figures, one measurement.
    m_previous.reset();
    const BalanceSignals whole =
        BalanceSignals::fromStats(s, outcome.totals.files, outcome.totals.errors);
    m_reading = HexagramCaster::cast(whole);
    m_threads = s.threads;
    m_recommended = s.recommendedThreads;
    m_summary = HexagramSummary::line(m_reading->casting(), s.recommendedThreads);
    m_partial = outcome.cancelled;
    m_state = State::Finished;
    qCDebug(lcUiBalance) << "hexagram of the audit:" << m_summary;
    Q_EMIT changed();
}

} // namespace wm::ui
