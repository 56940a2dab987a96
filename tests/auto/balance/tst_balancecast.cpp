// SPDX-FileCopyrightText: 2026 WhiteMagic contributors
// SPDX-License-Identifier: MIT
//
// Casting from measurements: the six signals of an audit, their thresholds,
// and when a line is changing. Expected values are the documented formulas
// applied by hand to figures chosen here.
#include "KingWenReference.h"
#include "audit/AuditResult.h"
#include "balance/BalanceSignals.h"
#include "balance/HexagramCaster.h"
#include "concurrency/ThreadAdvisor.h"

#include <QtTest>
#include <cmath>
#include <limits>

using namespace wm;

class TestBalanceCast : public QObject
{
    Q_OBJECT

    static BalanceSignals signalsOf(std::array<double, 6> v)
    {
        BalanceSignals s;
        s.values = v;
        return s;
    }
    // Values that sit far from every threshold, yang where `lines` says 1.
    static BalanceSignals clearSignals(const QString &lines)
    {
        BalanceSignals s;
        for (int i = 0; i < 6; ++i) {
            const auto &r = HexagramCaster::rule(i + 1);
            s.values[size_t(i)] =
                lines[i] == u'1' ? r.threshold + 3 * r.band : r.threshold - 3 * r.band;
        }
        return s;
    }

private Q_SLOTS:
    void signalsFromAnAudit()
    {
        AuditResult r;
        r.totals.files = 200;
        r.totals.errors = 3;
        AuditStats &s = r.stats;
        s.threads = 4;
        s.hardwareThreads = 2;
        s.wallNs = 1'000'000'000;
        s.workerBusyNs = 1'600'000'000;
        s.workerCpuNs = 600'000'000;
        s.workerRunDelayNs = 400'000'000;
        s.peakQueueDepth = 10;
        s.recentlyModified = 50;
        s.throughputSamples = {100, 100, 100, 100, 100, 100, 50, 50, 7};
        const BalanceSignals b = BalanceSignals::fromAudit(r);
        // The tuning share: blocked = 1600 - 600 - 400 = 600 ms; the 400 ms of
        // run-queue delay split blocked : cpu = 600 : 600, so 200 ms of it
        // counts as waiting; 1 - (600 + 200) / 1600 = 0.5.
        QCOMPARE(b[BalanceSignals::ComputeShare], 0.5);
        // The plain compute share would have read it as mostly computing.
        QCOMPARE(ThreadAdvisor::computeShare(s.workerBusyNs, s.workerCpuNs, s.workerRunDelayNs),
                 0.625);
        QCOMPARE(b[BalanceSignals::CoreUse], 0.3);    // 0.6 s / (1 s x 2)
        QCOMPARE(b[BalanceSignals::Pace], 0.5);       // last 2 of 8 (final left out): 50 / 100
        QCOMPARE(b[BalanceSignals::QueueDepth], 2.5); // 10 / 4 threads
        QCOMPARE(b[BalanceSignals::ErrorShare], 0.015);
        QCOMPARE(b[BalanceSignals::ChangeRate], 0.25);
    }

    void signalEdgeCases()
    {
        QCOMPARE(BalanceSignals::share(5, 0), 0.0);
        QCOMPARE(BalanceSignals::coreUse(100, 0, 2), 0.0);
        QCOMPARE(BalanceSignals::coreUse(100, 100, 0), 1.0); // hw < 1 counts as 1
        QCOMPARE(BalanceSignals::queueDepth(8, 0), 8.0);
        QCOMPARE(BalanceSignals::pace({}), 1.0);
        QCOMPARE(BalanceSignals::pace({10, 10, 10, 10}), 1.0);    // too short to tell
        QCOMPARE(BalanceSignals::pace({0, 0, 0, 0, 40, 0}), 2.0); // nothing before the last quarter
        QCOMPARE(BalanceSignals::pace({10, 20, 30, 40, 50, 1}), 50.0 / 25.0);
        const BalanceSignals empty = BalanceSignals::fromAudit(AuditResult{});
        for (double v : empty.values)
            QVERIFY(std::isfinite(v));
    }

    void linesFollowThresholds()
    {
        for (int bits = 0; bits < 64; ++bits) {
            QString lines;
            for (int i = 0; i < 6; ++i)
                lines += (bits >> i) & 1 ? u'1' : u'0';
            const auto cast = HexagramCaster::cast(clearSignals(lines));
            QCOMPARE(cast.casting().primary().number(), kwref::numberOf(lines));
            QVERIFY(!cast.casting().hasChanges());
        }
        // Inner trigram strong, outer calm: Tai, Peace; the reverse: Pi.
        QCOMPARE(HexagramCaster::cast(clearSignals("111000")).casting().primary().number(), 11);
        QCOMPARE(HexagramCaster::cast(clearSignals("000111")).casting().primary().number(), 12);
    }

    void thresholdIsYangAndBandEdgesAreChanging()
    {
        for (int line = 1; line <= 6; ++line) {
            const auto &r = HexagramCaster::rule(line);
            QCOMPARE(int(r.signal), line - 1);
            QVERIFY(r.band > 0 && r.band < r.threshold);
            const auto at = [&](double v) {
                BalanceSignals s = clearSignals("000000");
                s.values[size_t(line - 1)] = v;
                return HexagramCaster::cast(s).lines[size_t(line - 1)];
            };
            QVERIFY(at(r.threshold).yang());
            QVERIFY(at(r.threshold).changing());
            QVERIFY(!at(std::nextafter(r.threshold, 0.0)).yang());
            QVERIFY(at(r.threshold - r.band * 0.99).changing());
            QVERIFY(at(r.threshold + r.band * 0.99).changing());
            QVERIFY(!at(r.threshold - r.band * 1.01).changing());
            QVERIFY(!at(r.threshold + r.band * 1.01).changing());
            QVERIFY(!at(std::numeric_limits<double>::quiet_NaN()).yang());
            QVERIFY(!at(std::numeric_limits<double>::quiet_NaN()).changing());
        }
    }

    void crossingBetweenSamplesIsChanging()
    {
        const BalanceSignals before = clearSignals("110000");
        const BalanceSignals after = clearSignals("100001");
        const auto cast = HexagramCaster::cast(after, &before);
        QCOMPARE(cast.casting().changingLines(), (QList<int>{2, 6}));
        QVERIFY(cast.lines[1].crossed && !cast.lines[1].nearThreshold);
        QVERIFY(!cast.lines[1].above && cast.lines[1].yang()); // drawn as the side it leaves
        // Lines 2 and 6 crossed: the cast leaves the earlier state for the new one.
        QCOMPARE(cast.casting().primary().number(), kwref::numberOf("110000"));
        QCOMPARE(cast.casting().relating().number(), kwref::numberOf("100001"));
        // Without the earlier measurement the same values give the new state.
        QCOMPARE(HexagramCaster::cast(after).casting().primary().number(),
                 kwref::numberOf("100001"));

        const std::vector<BalanceSignals> series{clearSignals("000000"), before, after};
        QCOMPARE(HexagramCaster::castSeries(series).casting(), cast.casting());
        const std::vector<BalanceSignals> steady{after, after};
        QVERIFY(!HexagramCaster::castSeries(steady).casting().hasChanges());
        QCOMPARE(HexagramCaster::castSeries(std::span(series).first(1)).casting(),
                 HexagramCaster::cast(series.front()).casting());
    }

    void sameMeasurementsSameHexagram()
    {
        const BalanceSignals s = signalsOf({0.51, 0.3, 0.95, 12, 0.0, 0.06});
        const auto a = HexagramCaster::cast(s).casting();
        for (int i = 0; i < 100; ++i)
            QCOMPARE(HexagramCaster::cast(s).casting(), a);
        // 0.51 is within 0.1 of 0.5; 0.06 within 0.02 of 0.05.
        QCOMPARE(a.changingLines(), (QList<int>{1, 6}));
        QCOMPARE(a.primary().linesString(), "101101");
    }
};

QTEST_GUILESS_MAIN(TestBalanceCast)
#include "tst_balancecast.moc"
