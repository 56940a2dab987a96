// SPDX-FileCopyrightText: 2026 WhiteMagic contributors
// SPDX-License-Identifier: MIT
//
// The audit engine in automatic mode. The advice is checked with a known
// compute share: AuditOptions::tunerSignals hands the engine synthetic
// worker figures, so the thread counts it applies depend on the advice, not
// on the machine's load. The engine's own measurements are checked apart:
// the clock-read order that keeps cpu + run delay within the busy time, and
// the recommendation recorded for the whole run.
#include "TestSupport.h"
#include "audit/AuditEngine.h"
#include "concurrency/ThreadAdvisor.h"

#include <QTemporaryDir>
#include <QThread>
#include <QtTest>
#include <algorithm>
#include <cmath>
#include <functional>

using namespace wm;

// A named namespace, not an anonymous one: the test class's lambdas capture
// SyntheticSignals, and in a unity build this file is not the main file, so
// GCC would warn (-Wsubobject-linkage) about an anonymous type there.
namespace autothreads {

constexpr qint64 tickNs = 100'000'000;

// Figures of workers that are blocked `blockedAt(call)` of their busy time,
// one call per engine tick, 100 ms of synthetic time per call.
struct SyntheticSignals
{
    explicit SyntheticSignals(std::function<double(int call)> f) : blockedAt(std::move(f)) {}

    std::function<double(int call)> blockedAt;
    int calls = 0;
    WorkSample total;

    WorkSample next()
    {
        const qint64 busy = 2 * tickNs;
        total.elapsedNs += tickNs;
        total.busyNs += busy;
        total.cpuNs += busy - qint64(double(busy) * blockedAt(calls));
        ++calls;
        return total;
    }
};

} // namespace autothreads

using autothreads::SyntheticSignals;

class TestAutoThreads : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_files = 0;
    const int m_hw = std::max(1, QThread::idealThreadCount());

    // Files of 200 lines: enough analysis per file that a few hundred files
    // keep the engine busy for several 1 ms ticks.
    void grow(int files)
    {
        const QByteArray text = QByteArray("int x; // a line\n").repeated(200);
        for (; m_files < files; ++m_files)
            QVERIFY(wmtest::writeFile(m_dir.path(),
                                      QString("d%1/f%2.c").arg(m_files % 16).arg(m_files), text));
    }

    // An automatic run fed `signals`, on a tree grown until the engine
    // ticked at least `ticks` times.
    AuditResult runWith(SyntheticSignals &sig, int ticks)
    {
        AuditResult r;
        for (int files = 128; files <= 16384; files *= 2) {
            grow(files);
            sig.calls = 0;
            sig.total = {};
            AuditOptions o;
            o.walk.root = m_dir.path();
            o.threads = 0;
            o.batchIntervalMs = 1;
            o.tunerSignals = [&] { return sig.next(); };
            r = AuditEngine::run(o);
            if (sig.calls >= ticks) break;
        }
        if (sig.calls < ticks) qWarning("only %d ticks", sig.calls);
        return r;
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void followsAKnownShare_data()
    {
        QTest::addColumn<double>("blocked");
        // Threads asked per core: 1 + 1.5 (1/c - 1), c = 1 - blocked.
        QTest::addColumn<double>("perCore");
        QTest::newRow("compute-bound") << 0.0 << 1.0;
        QTest::newRow("half blocked") << 0.5 << 2.5;
        QTest::newRow("I/O-bound") << 0.9 << 8.0; // 14.5 per core asked, bounded at 8
    }

    void followsAKnownShare()
    {
        QFETCH(double, blocked);
        QFETCH(double, perCore);
        const int expected = int(std::lround(perCore * m_hw));
        SyntheticSignals sig{[&](int) { return blocked; }};
        const AuditResult r = runWith(sig, 6);
        QVERIFY2(sig.calls >= 6, "the engine ticked often enough to judge");
        const AuditStats &s = r.stats;
        QCOMPARE(r.totals.files, m_files);
        QVERIFY(s.autoThreads);
        QCOMPARE(s.hardwareThreads, m_hw);
        QCOMPARE(s.threads, expected);
        QCOMPARE(s.tunedComputeShare, 1.0 - blocked);
        if (expected == m_hw)
            QVERIFY(s.threadSteps.empty());
        else
            QCOMPARE(s.threadSteps, std::vector<int>{expected}); // one step, at once
    }

    // Cold for three ticks, then warm: up to the bound and back to one per core.
    void followsAShift()
    {
        SyntheticSignals sig{[](int call) { return call < 3 ? 0.9 : 0.0; }};
        const AuditResult r = runWith(sig, 12);
        QVERIFY2(sig.calls >= 12, "the engine ticked often enough to follow");
        const AuditStats &s = r.stats;
        QVERIFY(!s.threadSteps.empty());
        QCOMPARE(s.threadSteps.front(), 8 * m_hw);
        QCOMPARE(*std::max_element(s.threadSteps.begin(), s.threadSteps.end()), 8 * m_hw);
        QVERIFY(
            std::is_sorted(s.threadSteps.rbegin(), s.threadSteps.rend())); // down after the peak
        QCOMPARE(s.threads, m_hw);
        QCOMPARE(s.threadSteps.back(), m_hw);
    }

    void fixedCountIsKept()
    {
        grow(256);
        SyntheticSignals sig{[](int) { return 0.9; }};
        AuditOptions o;
        o.walk.root = m_dir.path();
        o.threads = 3;
        o.batchIntervalMs = 1;
        o.tunerSignals = [&] { return sig.next(); };
        const AuditResult r = AuditEngine::run(o);
        QCOMPARE(r.stats.threads, 3);
        QVERIFY(!r.stats.autoThreads);
        QVERIFY(r.stats.threadSteps.empty());
        QCOMPARE(r.stats.tunedComputeShare, -1.0);
    }

    // The engine's own measurements (no synthetic figures): consistent with
    // each other and with the advisor's formula, whatever the load.
    void measuredFiguresAreConsistent()
    {
        grow(512);
        AuditOptions o;
        o.walk.root = m_dir.path();
        const AuditResult r = AuditEngine::run(o);
        const AuditStats &s = r.stats;
        QCOMPARE(r.totals.files, m_files);
        QVERIFY(s.workerCpuNs > 0);
        QVERIFY(s.workerRunDelayNs >= 0);
        QVERIFY(s.threads >= m_hw && s.threads <= 8 * m_hw);
        if (s.tunedComputeShare >= 0)
            QVERIFY(s.tunedComputeShare <= 1 && s.tunedAvailability >= 0 &&
                    s.tunedAvailability <= 1);
        QCOMPARE(s.recommendedThreads,
                 ThreadAdvisor::recommendThreads(
                     s.hardwareThreads,
                     ThreadAdvisor::tuningShare(
                         {s.wallNs, s.workerBusyNs, s.workerCpuNs, s.workerRunDelayNs})));
        // Per task, cpu + run-queue delay fit in the task's wall time; the
        // sum over tasks keeps that (slack: 1 ms per thread for clock reads).
        QVERIFY2(s.workerCpuNs + s.workerRunDelayNs <= s.workerBusyNs + 1'000'000 * s.threads,
                 qPrintable(QString("cpu %1 + delay %2 > busy %3")
                                .arg(s.workerCpuNs)
                                .arg(s.workerRunDelayNs)
                                .arg(s.workerBusyNs)));
    }
};

QTEST_GUILESS_MAIN(TestAutoThreads)
#include "tst_autothreads.moc"
