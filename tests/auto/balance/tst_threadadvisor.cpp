// SPDX-FileCopyrightText: 2026 WhiteMagic contributors
// SPDX-License-Identifier: MIT
//
// The thread count: the recommendation formula, the per-thread clocks and the
// work meter against the kernel's own accounting, and the tuner resizing a
// real QThreadPool with tasks running (TSan). Synthetic signal sequences for
// the tuner: tst_threadtuner; the engine itself: tst_autothreads.
#include "concurrency/PoolTask.h"
#include "concurrency/ThreadAdvisor.h"
#include "concurrency/ThreadClock.h"
#include "concurrency/ThreadTuner.h"
#include "concurrency/WorkMeter.h"

#include <QElapsedTimer>
#include <QFile>
#include <QThread>
#include <QThreadPool>
#include <QtTest>
#include <atomic>
#include <cmath>
#include <limits>
#include <thread>
#include <vector>

using namespace wm;

namespace {

void spin(qint64 ns)
{
    QElapsedTimer t;
    t.start();
    volatile unsigned x = 0;
    while (t.nsecsElapsed() < ns)
        x = x + 1;
}

} // namespace

class TestThreadAdvisor : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void recommendation_data()
    {
        QTest::addColumn<int>("hw");
        QTest::addColumn<double>("share");
        QTest::addColumn<int>("expected");
        // round(hw x (1 + 1.5 x (1/c - 1))), clamped to [hw, 8 hw]
        QTest::newRow("compute-bound") << 2 << 1.0 << 2;
        QTest::newRow("half waiting") << 2 << 0.5 << 5;      // 2 x 2.5
        QTest::newRow("mostly waiting") << 4 << 0.3 << 18;   // 4 x 4.5
        QTest::newRow("rounds up") << 2 << 0.8 << 3;         // 2.75
        QTest::newRow("rounds down") << 8 << 0.9 << 9;       // 9.33
        QTest::newRow("half rounds up") << 1 << 0.5 << 3;    // 2.5
        QTest::newRow("bound 8 per core") << 4 << 0.1 << 32; // 58 asked
        QTest::newRow("no compute") << 1 << 0.0 << 8;
        QTest::newRow("share above 1") << 3 << 1.7 << 3;
        QTest::newRow("no hardware count") << 0 << 1.0 << 1;
        QTest::newRow("negative hardware") << -3 << 0.5 << 3; // as 1: 2.5
        QTest::newRow("not a number") << 6 << std::numeric_limits<double>::quiet_NaN() << 6;
    }

    void recommendation()
    {
        QFETCH(int, hw);
        QFETCH(double, share);
        QFETCH(int, expected);
        QCOMPARE(ThreadAdvisor::recommendThreads(hw, share), expected);
    }

    void recommendationIsMonotoneAndBounded()
    {
        for (int hw = 1; hw <= 64; hw *= 2) {
            int last = std::numeric_limits<int>::max();
            for (double c = 0.0; c <= 1.0001; c += 0.01) {
                const int n = ThreadAdvisor::recommendThreads(hw, c);
                QVERIFY(n >= hw && n <= 8 * hw);
                QVERIFY(n <= last); // more computing, never more threads
                last = n;
            }
            QCOMPARE(last, hw);
            QCOMPARE(ThreadAdvisor::recommendThreads(hw, 0.0), 8 * hw);
        }
    }

    void computeShare()
    {
        // (cpu + run-queue delay) / busy = 1 - blocked / busy
        QCOMPARE(ThreadAdvisor::computeShare(100, 50, 0), 0.5);
        QCOMPARE(ThreadAdvisor::computeShare(100, 50, 50), 1.0); // waiting for a core is not I/O
        QCOMPARE(ThreadAdvisor::computeShare(100, 25, 25), 0.5);
        QCOMPARE(ThreadAdvisor::computeShare(100, 120, 0), 1.0);  // clocks disagree: no waiting
        QCOMPARE(ThreadAdvisor::computeShare(100, 40, 500), 1.0); // delay beyond busy
        QCOMPARE(ThreadAdvisor::computeShare(0, 0, 0), 1.0);      // nothing measured
        QCOMPARE(ThreadAdvisor::computeShare(100, 0, 0), 0.0);    // only waiting
        QCOMPARE(ThreadAdvisor::computeShare(100, -5, 0), 0.0);   // a negative clock is no CPU
        QCOMPARE(ThreadAdvisor::computeShare(724, 67, 599), 666.0 / 724.0);
    }

    // 1 - (blocked + delay x blocked / (blocked + cpu)) / busy
    void tuningShare_data()
    {
        QTest::addColumn<qint64>("busy");
        QTest::addColumn<qint64>("cpu");
        QTest::addColumn<qint64>("delay");
        QTest::addColumn<double>("share");
        QTest::addColumn<int>("threadsOn2");
        QTest::newRow("no delay: compute share") << 100LL << 50LL << 0LL << 0.5 << 5;
        QTest::newRow("nothing blocks: delay is computing") << 100LL << 50LL << 50LL << 1.0 << 2;
        QTest::newRow("nothing computes: all waiting") << 100LL << 0LL << 50LL << 0.0 << 16;
        QTest::newRow("mixed") << 1000LL << 200LL << 400LL << 1.0 / 3 << 8; // latency 266.7
        QTest::newRow("nothing measured") << 0LL << 0LL << 0LL << 1.0 << 2;
        QTest::newRow("clocks disagree") << 100LL << 120LL << 30LL << 1.0 << 2;
        QTest::newRow("delay beyond busy") << 100LL << 40LL << 500LL << 1.0 << 2;
        // Windows from threads-bench's traces (ms), 2 cores:
        // a warm kernel tree at 5 threads on a loaded machine: queued, not
        // blocked, so one thread per core;
        QTest::newRow("warm, loaded")
            << 1228LL << 287LL << 934LL << 1 - (7 + 934 * 7.0 / 294) / 1228 << 2;
        // a cold tree of small files at 3 threads: queued after its reads;
        QTest::newRow("cold, small files")
            << 1269LL << 70LL << 1004LL << 1 - (195 + 1004 * 195.0 / 265) / 1269 << 10;
        // ten times oversubscribed with stray blocking (session 3): 5, as
        // the sweep at load 24 found more threads faster even when warm.
        QTest::newRow("oversubscribed")
            << 724LL << 67LL << 599LL << 1 - (58 + 599 * 58.0 / 125) / 724 << 5;
    }

    void tuningShare()
    {
        QFETCH(qint64, busy);
        QFETCH(qint64, cpu);
        QFETCH(qint64, delay);
        QFETCH(double, share);
        QFETCH(int, threadsOn2);
        const WorkSample w{0, busy, cpu, delay};
        QVERIFY2(std::abs(ThreadAdvisor::tuningShare(w) - share) < 1e-9,
                 qPrintable(QString::number(ThreadAdvisor::tuningShare(w))));
        QCOMPARE(ThreadAdvisor::recommendFor(2, w), threadsOn2);
        // Never more than the compute share: only waiting is moved.
        QVERIFY(ThreadAdvisor::tuningShare(w) <=
                ThreadAdvisor::computeShare(busy, cpu, delay) + 1e-12);
    }

    void availability()
    {
        QCOMPARE(ThreadAdvisor::availability(0, 0), 1.0);
        QCOMPARE(ThreadAdvisor::availability(100, 0), 1.0);
        QCOMPARE(ThreadAdvisor::availability(74, 91), 74.0 / 165);
        QCOMPARE(ThreadAdvisor::availability(0, 50), 0.0);
    }

    void tunerDisabledLeavesThePoolAlone()
    {
        QThreadPool pool;
        pool.setMaxThreadCount(3);
        ThreadTuner t(pool, 2, false);
        t.observe(10'000'000'000, 10'000'000'000, 1'000'000'000, 0);
        QCOMPARE(pool.maxThreadCount(), 3);
        QCOMPARE(t.evaluations(), 0);
        QVERIFY(t.steps().empty());
        QCOMPARE(t.lastComputeShare(), -1.0);
        QCOMPARE(t.lastAvailability(), -1.0);
        QCOMPARE(t.threads(), 3);
    }

    // The pool grows while tasks run and wait (TSan watches the resize).
    // Tasks go through PoolTask, as the engines' do: a bare lambda given to
    // QThreadPool::start is handed over inside uninstrumented Qt, and TSan
    // reported the worker's read of it (CI, stop 25).
    void tunerRaisesAPoolThatIsWorking()
    {
        QThreadPool pool;
        pool.setMaxThreadCount(1);
        std::atomic<int> running{0};
        std::atomic<int> peak{0};
        std::atomic<int> done{0};
        for (int i = 0; i < 16; ++i) {
            PoolTask::start(pool, [&] {
                const int now = ++running;
                int p = peak.load();
                while (now > p && !peak.compare_exchange_weak(p, now)) {
                }
                QThread::msleep(20); // waiting, like a cold read
                --running;
                ++done;
            });
        }
        ThreadTuner t(pool, 1, true, ThreadTuner::Options{0, 0, 2, 0});
        t.observe(1, 1'000'000, 250'000, 0); // share 0.25 -> 1 x (1 + 1.5 x 3) = 5.5 -> 6
        QCOMPARE(pool.maxThreadCount(), 6);
        pool.waitForDone();
        QCOMPARE(done.load(), 16);
        QVERIFY2(peak.load() > 1, "the raised limit let queued tasks run side by side");
        QVERIFY(peak.load() <= 6);
    }

    // Sleeping inside a measured task is blocked time; spinning is CPU or,
    // on a busy machine, run-queue delay, never blocked.
    void workMeterTellsBlockingFromComputing()
    {
        WorkMeter m;
        {
            const WorkMeter::Scope task(&m);
            QThread::msleep(60);
        }
        const WorkSample slept = m.total();
        QVERIFY(slept.busyNs >= 60'000'000);
        QVERIFY2(slept.blockedNs() >= 50'000'000, qPrintable(QString::number(slept.blockedNs())));
        {
            const WorkMeter::Scope task(&m);
            spin(60'000'000);
        }
        const WorkSample spun = m.total().since(slept);
        QVERIFY(spun.busyNs >= 60'000'000);
        QVERIFY(spun.cpuNs > 0);
        if (QFile::exists("/proc/thread-self/schedstat"))
            QVERIFY2(spun.blockedNs() < 20'000'000, qPrintable(QString::number(spun.blockedNs())));
        {
            const WorkMeter::Scope nothing(nullptr); // measures nothing, adds nothing
            QThread::msleep(5);
        }
        QCOMPARE(m.total().busyNs, slept.busyNs + spun.busyNs);
    }

    void cpuClockCountsOnlyThisThreadsWork()
    {
        const qint64 cpu0 = ThreadClock::cpuNs();
        QElapsedTimer wall;
        wall.start();
        QThread::msleep(50); // sleeping costs no CPU
        const qint64 slept = ThreadClock::cpuNs() - cpu0;
        QVERIFY2(slept < 20'000'000, qPrintable(QString::number(slept)));
        const qint64 cpu1 = ThreadClock::cpuNs();
        spin(50'000'000);
        const qint64 spun = ThreadClock::cpuNs() - cpu1;
        QVERIFY(spun > 0);
        QVERIFY(spun <= 50'000'000 + wall.nsecsElapsed()); // never more than wall time
    }

    // Run-queue delay against the kernel's accounting: with twice as many
    // spinning threads as cores, each thread waits for a core, and
    // cpu + run delay of a thread never exceeds its wall time.
    void runDelayGrowsUnderContention()
    {
        if (!QFile::exists("/proc/thread-self/schedstat"))
            QSKIP("no /proc/thread-self/schedstat here");
        const int n = 2 * std::max(1, QThread::idealThreadCount());
        std::vector<qint64> delay(static_cast<size_t>(n), 0), cpu(delay), wallNs(delay);
        // std::thread, not QThread: TSan sees pthread_join, while QThread::wait
        // synchronises through Qt's futex-based QMutex, which TSan cannot see.
        std::vector<std::thread> threads;
        for (int i = 0; i < n; ++i) {
            threads.emplace_back([&, i] {
                QElapsedTimer w;
                w.start();
                const qint64 d0 = ThreadClock::runDelayNs();
                const qint64 c0 = ThreadClock::cpuNs();
                spin(300'000'000);
                cpu[size_t(i)] = ThreadClock::cpuNs() - c0;
                wallNs[size_t(i)] = w.nsecsElapsed();
                delay[size_t(i)] = ThreadClock::runDelayNs() - d0;
            });
        }
        for (auto &t : threads)
            t.join();
        qint64 totalDelay = 0;
        for (int i = 0; i < n; ++i) {
            QVERIFY(delay[size_t(i)] >= 0);
            // 5 ms slack for the clock reads' own scheduling points.
            QVERIFY2(cpu[size_t(i)] + delay[size_t(i)] <= wallNs[size_t(i)] + 5'000'000,
                     qPrintable(QString("cpu %1 + delay %2 > wall %3")
                                    .arg(cpu[size_t(i)])
                                    .arg(delay[size_t(i)])
                                    .arg(wallNs[size_t(i)])));
            totalDelay += delay[size_t(i)];
        }
        QVERIFY2(totalDelay > 50'000'000, qPrintable(QString::number(totalDelay)));
    }
};

QTEST_GUILESS_MAIN(TestThreadAdvisor)
#include "tst_threadadvisor.moc"
