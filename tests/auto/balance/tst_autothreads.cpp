// SPDX-FileCopyrightText: 2026 WhiteMagic contributors
// SPDX-License-Identifier: MIT
//
// The audit engine in automatic mode: the thread count it applies and the
// figures it records, checked against ThreadAdvisor's formula on the
// engine's own measurements, and the clock-read order that keeps cpu + run
// delay within the busy time.
#include "TestSupport.h"
#include "audit/AuditEngine.h"
#include "concurrency/ThreadAdvisor.h"

#include <QTemporaryDir>
#include <QThread>
#include <QtTest>

using namespace wm;

class TestAutoThreads : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void engineRecordsItsChoice()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        // Enough text that an audit runs past the 200 ms probe even in an
        // optimised build: grow the tree until a fixed run takes 400 ms.
        QByteArray text;
        for (int i = 0; i < 2000; ++i)
            text += "int value_" + QByteArray::number(i) + " = 42; // a comment line\n";
        AuditOptions o;
        o.walk.root = dir.path();
        int files = 0;
        AuditResult fixed;
        for (int round = 0; round < 8; ++round) {
            const int target = 64 << round;
            for (; files < target; ++files)
                QVERIFY(wmtest::writeFile(dir.path(),
                                          QString("d%1/f%2.c").arg(files % 16).arg(files), text));
            o.threads = 3;
            fixed = AuditEngine::run(o);
            if (fixed.stats.wallNs > 400'000'000) break;
        }
        QCOMPARE(fixed.totals.files, files);
        QCOMPARE(fixed.stats.threads, 3);
        QVERIFY(!fixed.stats.autoThreads);
        QCOMPARE(fixed.stats.probeComputeShare, -1.0);

        o.threads = 0;
        const AuditResult r = AuditEngine::run(o);
        const AuditStats &s = r.stats;
        QCOMPARE(r.totals.files, files);
        QVERIFY(s.autoThreads);
        QCOMPARE(s.hardwareThreads, QThread::idealThreadCount());
        if (s.wallNs > 400'000'000)
            QVERIFY2(s.probeComputeShare >= 0, "a run this long has been probed");
        if (s.probeComputeShare >= 0) {
            QVERIFY(s.probeAvailability >= 0 && s.probeAvailability <= 1);
            QCOMPARE(s.threads,
                     ThreadAdvisor::recommendThreads(s.hardwareThreads, s.probeComputeShare));
        } else {
            QCOMPARE(s.threads, s.hardwareThreads);
        }
        QCOMPARE(s.recommendedThreads,
                 ThreadAdvisor::recommendThreads(
                     s.hardwareThreads, ThreadAdvisor::computeShare(s.workerBusyNs, s.workerCpuNs,
                                                                    s.workerRunDelayNs)));
        QVERIFY(s.workerCpuNs > 0);
        QVERIFY(s.workerRunDelayNs >= 0);
        // Per chunk, cpu + run-queue delay fit in the chunk's wall time; the
        // sum over chunks keeps that (slack: 1 ms per thread for clock reads).
        QVERIFY2(s.workerCpuNs + s.workerRunDelayNs <= s.workerBusyNs + 1'000'000 * s.threads,
                 qPrintable(QString("cpu %1 + delay %2 > busy %3")
                                .arg(s.workerCpuNs)
                                .arg(s.workerRunDelayNs)
                                .arg(s.workerBusyNs)));
    }
};

QTEST_GUILESS_MAIN(TestAutoThreads)
#include "tst_autothreads.moc"
