// SPDX-FileCopyrightText: 2026 WhiteMagic contributors
// SPDX-License-Identifier: MIT
//
// The consolidation plan (the dry run) on stores from
// tests/data/gen-memory-store.py with a fixed --now and seed: wm's JSON is
// checked by plan_reference.py (PyYAML front matter, the rules,
// Python's own shingle Jaccard); the dry run changes nothing;
// the planner's options, progress and cancel through the API.
#include "StoreFixture.h"
#include "concurrency/CancelToken.h"
#include "consolidate/ConsolidationPlanner.h"
#include "consolidate/PlanReport.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

using namespace wm;

class TstConsolidatePlan : public QObject
{
    Q_OBJECT

    QTemporaryDir m_tmp;
    QString m_store;

    static ConsolidationOptions options()
    {
        ConsolidationOptions o;
        o.now = QDateTime::fromString(wmtest::kNow, Qt::ISODate);
        o.now.setTimeSpec(Qt::UTC);
        return o;
    }

    void checkAgainstReference(const QString &store, const QStringList &extra)
    {
        const QString json = store + QStringLiteral(".plan.json");
        const auto r = wmtest::wm(QStringList{QStringLiteral("consolidate"), store,
                                              QStringLiteral("--json"), QStringLiteral("--now"),
                                              wmtest::kNow, QStringLiteral("-o"), json}
                                  << extra);
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const auto ref = wmtest::run(
            QStringLiteral("python3"),
            {wmtest::sourcePath(QStringLiteral("tests/auto/consolidate/plan_reference.py")), json,
             store, QStringLiteral("--truth"), store + QStringLiteral(".truth.json")});
        QVERIFY2(ref.exitCode == 0, (ref.out + ref.err).constData());
        const QJsonObject summary = QJsonDocument::fromJson(ref.out).object();
        // The fixture has something of each kind, or the check proves little.
        const QJsonObject actions = summary.value(QStringLiteral("actions")).toObject();
        for (const char *a : {"archive", "promote", "merge", "keep"})
            QVERIFY2(actions.value(QLatin1String(a)).toInt() > 0, a);
        QVERIFY(summary.value(QStringLiteral("malformed")).toInt() > 0);
        QVERIFY(summary.value(QStringLiteral("planted_pairs_checked")).toInt() > 0);
    }

private Q_SLOTS:
    void initTestCase()
    {
        WM_REQUIRE_TOOL("python3");
        m_store = m_tmp.filePath(QStringLiteral("store"));
        QVERIFY(wmtest::generateStore(m_store, 200, 14));
    }

    void planMatchesReference()
    {
        const QByteArray before = wmtest::treeState(m_store);
        checkAgainstReference(m_store, {});
        checkAgainstReference(m_store, {QStringLiteral("--older-than"), QStringLiteral("30"),
                                        QStringLiteral("--threshold"), QStringLiteral("0.9")});
        QCOMPARE(wmtest::treeState(m_store), before); // a dry run changes nothing
    }

    void secondSeed()
    {
        const QString store = m_tmp.filePath(QStringLiteral("store2"));
        QVERIFY(wmtest::generateStore(store, 100, 99, 0.1));
        checkAgainstReference(store, {});
    }

    void markdown()
    {
        const auto r = wmtest::wm(
            {QStringLiteral("consolidate"), m_store, QStringLiteral("--now"), wmtest::kNow});
        QCOMPARE(r.exitCode, 0);
        for (const char *s :
             {"# Consolidation plan for", "## Archive (", "## Promote (", "## Merge (",
              "### Cluster 1:", "## Digest", "## Malformed notes, left untouched (",
              "This was a dry run: nothing was changed."})
            QVERIFY2(r.out.contains(s), s);
    }

    void options_()
    {
        ConsolidationOptions o = options();
        o.olderThanDays = 100000;
        o.similarity.threshold = 1.0;
        o.promoteTags = {QStringLiteral("nothing-has-this")};
        const ConsolidationPlan p = ConsolidationPlanner::plan(m_store, o);
        QVERIFY(p.fatalError.isEmpty());
        QCOMPARE(p.archivedNotes, 0);
        QCOMPARE(p.promotedNotes, 0);
        for (const MergeGroup &g : p.merges)
            for (const MergePair &pair : g.pairs)
                QVERIFY(pair.exact || pair.score == 1.0);
        for (const NoteDecision &d : p.notes)
            QVERIFY2(!d.reason.isEmpty(), qPrintable(d.relPath));
        const QJsonObject json = PlanReport::json(p);
        QCOMPARE(json.value(QStringLiteral("format")).toString(),
                 QStringLiteral("whitemagic-consolidation-plan"));
    }

    void progressAndCancel()
    {
        QList<PlanProgress::Phase> phases;
        const ConsolidationPlan p = ConsolidationPlanner::plan(
            m_store, options(), nullptr, [&](const PlanProgress &pr) { phases << pr.phase; });
        QVERIFY(!p.cancelled);
        QVERIFY(phases.contains(PlanProgress::Phase::Reading));
        QCOMPARE(phases.last(), PlanProgress::Phase::Finished);
        QVERIFY(phases.size() < 200); // batches, not one call per note
        CancelToken cancel;
        cancel.cancel();
        const ConsolidationPlan c = ConsolidationPlanner::plan(m_store, options(), &cancel);
        QVERIFY(c.cancelled);
        QVERIFY(!c.hasChanges());
    }

    void notAStore()
    {
        QTemporaryDir other;
        QVERIFY(wmtest::writeFile(other.path(), QStringLiteral("x.md"), "x\n"));
        auto r = wmtest::wm({QStringLiteral("consolidate"), other.path()});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains("not a memory folder"), r.err.constData());
        QCOMPARE(wmtest::wm({QStringLiteral("consolidate")}).exitCode, 2);
        QCOMPARE(wmtest::wm({QStringLiteral("consolidate"), m_store, QStringLiteral("--threshold"),
                             QStringLiteral("2")})
                     .exitCode,
                 2);
        QCOMPARE(wmtest::wm({QStringLiteral("consolidate"), m_store, QStringLiteral("--older-than"),
                             QStringLiteral("-1")})
                     .exitCode,
                 2);
        QCOMPARE(
            wmtest::wm({QStringLiteral("consolidate"), m_tmp.filePath(QStringLiteral("missing"))})
                .exitCode,
            2);
    }
};

QTEST_GUILESS_MAIN(TstConsolidatePlan)
#include "tst_consolidateplan.moc"
