// SPDX-FileCopyrightText: 2026 WhiteMagic contributors
// SPDX-License-Identifier: MIT
//
// The thread count: the recommendation formula, the per-thread clocks and the
// work meter against the kernel's own accounting, and the tuner resizing a
// real QThreadPool with tasks running (TSan). Synthetic signal sequences for
// the tuner: tst_threadtuner; the engine itself: tst_autothreads.
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
        // round(hw / max(share, 0.25)), clamped to [1, 4 hw]
        QTest::newRow("compute-bound") << 2 << 1.0 << 2;
        QTest::newRow("half waiting") << 2 << 0.5 << 4;
        QTest::newRow("mostly waiting") << 4 << 0.3 << 13; // 13.33
        QTest::newRow("rounds half up") << 2 << 0.8 << 3;  // 2.5
        QTest::newRow("rounds down") << 8 << 0.9 << 9;     // 8.89
        QTest::newRow("floor 0.25") << 4 << 0.1 << 16;
        QTest::newRow("no compute") << 1 << 0.0 << 4;
        QTest::newRow("share above 1") << 3 << 1.7 << 3;
        QTest::newRow("no hardware count") << 0 << 1.0 << 1;
        QTest::newRow("negative hardware") << -3 << 0.5 << 2;
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
                QVERIFY(n >= hw && n <= 4 * hw);
                QVERIFY(n <= last); // more computing, never more threads
                last = n;
            }
            QCOMPARE(last, hw);
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
        // Ten times oversubscribed, a little stray blocking: still compute-bound.
        QCOMPARE(ThreadAdvisor::computeShare(724, 67, 599), 666.0 / 724.0);
        QCOMPARE(ThreadAdvisor::recommendFor(2, 724, 67, 599), 2);
    }

    void availability()
    {
        QCOMPARE(ThreadAdvisor::availability(0, 0), 1.0);
        QCOMPARE(ThreadAdvisor::availability(100, 0), 1.0);
        QCOMPARE(ThreadAdvisor::availability(74, 91), 74.0 / 165);
        QCOMPARE(ThreadAdvisor::availability(0, 50), 0.0);
        // busy 300, cpu 100, queued 100, so blocked 100: c = 2/3, 4 / (2/3)
        QCOMPARE(ThreadAdvisor::recommendFor(4, 300, 100, 100), 6);
        // busy 500, cpu 100, queued 25, so blocked 375: c = 0.25
        QCOMPARE(ThreadAdvisor::recommendFor(2, 500, 100, 25), 8);
        QCOMPARE(ThreadAdvisor::recommendFor(2, 300, 100, 0), 6); // c = 1/3
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
    void tunerRaisesAPoolThatIsWorking()
    {
        QThreadPool pool;
        pool.setMaxThreadCount(1);
        std::atomic<int> running{0};
        std::atomic<int> peak{0};
        std::atomic<int> done{0};
        for (int i = 0; i < 16; ++i) {
            pool.start([&] {
                const int now = ++running;
                int p = peak.load();
                while (now > p && !peak.compare_exchange_weak(p, now)) {
                }
                QThread::msleep(20); // waiting, like a cold read
                --running;
                ++done;
            });
        }
        ThreadTuner t(pool, 1, true, ThreadTuner::Options{0, 0});
        t.observe(1, 1'000'000, 250'000, 0); // share 0.25 -> 4 threads
        QCOMPARE(pool.maxThreadCount(), 4);
        pool.waitForDone();
        QCOMPARE(done.load(), 16);
        QVERIFY2(peak.load() > 1, "the raised limit let queued tasks run side by side");
        QVERIFY(peak.load() <= 4);
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
