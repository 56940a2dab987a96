// SPDX-FileCopyrightText: 2026 WhiteMagic contributors
// SPDX-License-Identifier: MIT
//
// The automatic thread count fed synthetic signal sequences: compute-bound,
// compute-bound on an oversubscribed machine, I/O-bound, shifting both ways,
// a share wobbling around a rounding boundary or around a high count, one
// warm window in a cold run, a window that restarts at a change, too little
// work, and random sequences. Checked: the direction of every change
// (towards ThreadAdvisor's count for the window), the bounds [hw, 8 hw], and
// how soon a shift is followed. The pool is a real QThreadPool with no tasks.
#include "concurrency/ThreadAdvisor.h"
#include "concurrency/ThreadTuner.h"

#include <QRandomGenerator>
#include <QThreadPool>
#include <QtTest>

using namespace wm;

namespace {

constexpr qint64 tickNs = 100'000'000; // the engine's default batch interval

// Cumulative figures of a run whose workers spend, per tick, `blocked` of
// their time blocked and `queued` waiting for a core (the rest computing),
// all of the pool's threads busy.
class SyntheticRun
{
public:
    explicit SyntheticRun(QThreadPool &pool) : m_pool(pool) {}

    WorkSample tick(double blocked, double queued = 0)
    {
        const qint64 busy = m_pool.maxThreadCount() * tickNs;
        const auto blockedNs = qint64(double(busy) * blocked);
        const auto delayNs = qint64(double(busy) * queued);
        m_total.elapsedNs += tickNs;
        m_total.busyNs += busy;
        m_total.runDelayNs += delayNs;
        m_total.cpuNs += busy - blockedNs - delayNs;
        return m_total;
    }

private:
    QThreadPool &m_pool;
    WorkSample m_total;
};

} // namespace

class TestThreadTuner : public QObject
{
    Q_OBJECT

private:
    QThreadPool m_pool;

    // A fresh pool at one thread per core, as the engine starts it.
    ThreadTuner start(int hw)
    {
        m_pool.setMaxThreadCount(hw);
        return ThreadTuner(m_pool, hw, true);
    }

private Q_SLOTS:
    void computeBoundStaysAtOnePerCore()
    {
        for (int hw : {1, 2, 4, 16}) {
            ThreadTuner t = start(hw);
            SyntheticRun run(m_pool);
            for (int i = 0; i < 30; ++i)
                t.observe(run.tick(0.02)); // a little stray blocking
            QCOMPARE(t.threads(), hw);
            QVERIFY(t.steps().empty());
            QCOMPARE(t.evaluations(), 30);
        }
    }

    // Ten times oversubscribed: most of the busy time is run-queue delay,
    // and the workers hardly block. More threads would only queue too.
    void oversubscribedMachineIsNotWaiting()
    {
        ThreadTuner t = start(2);
        SyntheticRun run(m_pool);
        for (int i = 0; i < 30; ++i)
            t.observe(run.tick(0.01, 0.83));
        QCOMPARE(t.threads(), 2);
        QVERIFY(t.steps().empty());
        QVERIFY(t.lastAvailability() < 0.2);
    }

    // Queued after every read (wake-up latency on a loaded machine): that
    // delay is waiting like the read, and the count rises.
    void queuedAfterReadsIsWaiting()
    {
        ThreadTuner t = start(2);
        SyntheticRun run(m_pool);
        for (int i = 0; i < 10; ++i)
            t.observe(run.tick(0.2, 0.6)); // cpu 0.2: latency 0.3, share 0.5
        QCOMPARE(t.lastComputeShare(), 0.5);
        QCOMPARE(t.threads(), 5);
        QCOMPARE(t.steps(), std::vector<int>{5});
    }

    void ioBoundRisesToTheBound()
    {
        for (int hw : {1, 2, 4}) {
            ThreadTuner t = start(hw);
            SyntheticRun run(m_pool);
            t.observe(run.tick(0.9));
            // The first tick with enough work decides, in one step.
            QCOMPARE(t.threads(), 8 * hw);
            for (int i = 0; i < 30; ++i) {
                t.observe(run.tick(0.9));
                QCOMPARE(t.threads(), 8 * hw); // bounded however long it waits
            }
            QCOMPARE(t.steps(), std::vector<int>{8 * hw});
        }
    }

    // hw / c = 4 keeps the cores supplied on average; the headroom asks for
    // half as many extra threads again: 2 x (1 + 1.5 x 1) = 5.
    void halfBlockedGetsTwoAndAHalfPerCore()
    {
        ThreadTuner t = start(2);
        SyntheticRun run(m_pool);
        for (int i = 0; i < 10; ++i)
            t.observe(run.tick(0.5));
        QCOMPARE(t.threads(), 5);
        QCOMPARE(t.lastComputeShare(), 0.5);
    }

    // After a change, the next window holds only the new count's ticks.
    void windowStartsAgainAtAChange()
    {
        ThreadTuner t = start(2);
        SyntheticRun run(m_pool);
        t.observe(run.tick(0.9));
        QCOMPARE(t.threads(), 16);
        t.observe(run.tick(0.5));
        QCOMPARE(t.lastComputeShare(), 0.5); // not the mean with the 0.9 tick
        t.observe(run.tick(0.5));
        QCOMPARE(t.lastComputeShare(), 0.5);
    }

    // One cached folder in a cold run: a single warm window asks for fewer
    // threads, and is not followed.
    void oneWarmWindowDoesNotUndoAClimb()
    {
        ThreadTuner t = start(2);
        SyntheticRun run(m_pool);
        for (int i = 0; i < 40; ++i) {
            t.observe(run.tick(i % 4 == 3 ? 0.0 : 0.9));
            QCOMPARE(t.threads(), 16);
        }
        QCOMPARE(t.steps(), std::vector<int>{16});
    }

    // Around 12 threads the windows ask for 10 and 14 in turn: within a
    // fifth of the count, so left alone.
    void wobbleAroundAHighCountDoesNotResize()
    {
        ThreadTuner t = start(2);
        m_pool.setMaxThreadCount(12);
        SyntheticRun run(m_pool);
        for (int i = 0; i < 40; ++i) {
            t.observe(run.tick(i % 2 ? 0.727 : 0.8)); // ideal 10.0 and 14.0
            QCOMPARE(t.threads(), 12);
        }
        QVERIFY(t.steps().empty());
    }

    // A tree that turns from cold to warm halfway, and back: up at once,
    // down after two windows that ask for it and share no tick (2 ticks).
    void shiftingIsFollowedBothWays()
    {
        const int hw = 2;
        ThreadTuner t = start(hw);
        SyntheticRun run(m_pool);
        for (int i = 0; i < 10; ++i)
            t.observe(run.tick(0.85));
        QCOMPARE(t.threads(), 8 * hw);
        int ticks = 0;
        while (t.threads() != hw && ticks < 10) {
            const int before = t.threads();
            t.observe(run.tick(0.0));
            QVERIFY2(t.threads() <= before, "warm work never raises the count");
            ++ticks;
        }
        QCOMPARE(t.threads(), hw);
        QVERIFY2(ticks <= 2, qPrintable(QString::number(ticks)));
        ticks = 0;
        while (t.threads() != 8 * hw && ticks < 10) {
            const int before = t.threads();
            t.observe(run.tick(0.85));
            QVERIFY2(t.threads() >= before, "cold work never lowers the count");
            ++ticks;
        }
        QCOMPARE(t.threads(), 8 * hw);
        QVERIFY2(ticks <= 1, qPrintable(QString::number(ticks)));
    }

    // Ideal counts 2.41 and 2.57 around 2 threads: inside the dead band, so
    // no resize at every tick.
    void wobbleAroundABoundaryDoesNotResize()
    {
        ThreadTuner t = start(2);
        SyntheticRun run(m_pool);
        for (int i = 0; i < 40; ++i)
            t.observe(run.tick(i % 2 ? 0.12 : 0.16));
        QCOMPARE(t.threads(), 2);
        QVERIFY(t.steps().empty());
        QCOMPARE(t.evaluations(), 40);
    }

    // The engine may report one tick from two places: the same figures again
    // (or 5 ms later) are not a window, and cast no second vote.
    void aRepeatedTickIsNotAWindow()
    {
        ThreadTuner t = start(2);
        SyntheticRun run(m_pool);
        t.observe(run.tick(0.9));
        QCOMPARE(t.threads(), 16);
        const WorkSample warm = run.tick(0.0);
        t.observe(warm);
        QCOMPARE(t.evaluations(), 2); // one vote to go lower
        WorkSample again = warm;
        again.elapsedNs += 5'000'000;
        t.observe(warm);
        t.observe(again);
        QCOMPARE(t.evaluations(), 2);
        QCOMPARE(t.threads(), 16);
        t.observe(run.tick(0.0)); // a new tick: the second vote
        QCOMPARE(t.threads(), 2);
    }

    void tooLittleWorkSaysNothing()
    {
        ThreadTuner t = start(2);
        // 20 ms of busy time per tick, all blocked: below the 30 ms a window
        // needs only while the window holds a single tick.
        WorkSample total;
        total.elapsedNs = tickNs;
        total.busyNs = 20'000'000;
        t.observe(total);
        QCOMPARE(t.evaluations(), 0);
        QCOMPARE(t.lastComputeShare(), -1.0);
        QCOMPARE(t.threads(), 2);
        total.elapsedNs += tickNs;
        total.busyNs += 20'000'000;
        t.observe(total); // the window now holds 40 ms
        QCOMPARE(t.evaluations(), 1);
        QCOMPARE(t.threads(), 16);
    }

    // Random sequences: every change goes towards ThreadAdvisor's count for
    // the window just judged, and the count stays within [hw, 4 hw].
    void randomSequencesKeepDirectionAndBounds()
    {
        QRandomGenerator rng(17);
        for (int hw : {1, 2, 3, 8}) {
            ThreadTuner t = start(hw);
            SyntheticRun run(m_pool);
            double blocked = 0.5;
            for (int i = 0; i < 300; ++i) {
                // A random walk with jumps: stretches of cold and warm.
                blocked = rng.bounded(10) == 0
                              ? rng.generateDouble()
                              : std::clamp(blocked + rng.generateDouble() * 0.2 - 0.1, 0.0, 1.0);
                const int before = t.threads();
                const size_t stepsBefore = t.steps().size();
                t.observe(run.tick(blocked, rng.generateDouble() * (1 - blocked)));
                const int after = t.threads();
                QVERIFY(after >= hw && after <= 8 * hw);
                if (after == before) {
                    QCOMPARE(t.steps().size(), stepsBefore);
                    continue;
                }
                QCOMPARE(t.steps().back(), after);
                const double ideal = ThreadAdvisor::idealThreads(hw, t.lastComputeShare());
                QCOMPARE(after, ThreadAdvisor::recommendThreads(hw, t.lastComputeShare()));
                QVERIFY((after > before) == (ideal > before));
                QVERIFY(std::abs(ideal - before) > ThreadAdvisor::band(before));
            }
        }
    }
};

QTEST_GUILESS_MAIN(TestThreadTuner)
#include "tst_threadtuner.moc"
