// SPDX-FileCopyrightText: 2026 WhiteMagic contributors
// SPDX-License-Identifier: MIT
//
// The job layer and the engine's stream-only mode: AuditJob delivers, on the
// GUI thread, exactly the records AuditEngine::run keeps in its result; the
// stream-only run keeps none but computes the same totals; a caller's pool
// is used as given (not resized, not waited for) and a pool of one thread
// does not deadlock; Cancel reaches the engine.
#include "UiTestSupport.h"
#include "audit/AuditEngine.h"
#include "jobs/AuditJob.h"
#include "jobs/ThreadBudget.h"

#include <QSettings>
#include <QTemporaryDir>
#include <QThreadPool>
#include <QtTest>

using namespace wm;
using namespace wm::ui;

namespace {

QStringList describe(const std::vector<FileRecord> &records)
{
    QStringList out;
    for (const FileRecord &r : records)
        out << QStringLiteral("%1 %2 %3 %4 %5 %6")
                   .arg(r.path)
                   .arg(r.bytes)
                   .arg(r.lines)
                   .arg(r.code)
                   .arg(r.tokens)
                   .arg(r.summary);
    out.sort();
    return out;
}

} // namespace

class TestAuditJob : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        wmtest::setupApp();
        QVERIFY(m_tree.isValid());
        QVERIFY(wmtest::makeTree(m_tree.path(), 40, 25) == 1000);
    }

    void streamOnlyKeepsNothingButTotals()
    {
        AuditOptions keep;
        keep.walk.root = m_tree.path();
        const AuditResult full = AuditEngine::run(keep);
        AuditOptions stream = keep;
        stream.keepRecords = false;
        std::vector<FileRecord> seen;
        AuditEngine::Callbacks cb;
        cb.onBatch = [&](std::span<const FileRecord> b) {
            seen.insert(seen.end(), b.begin(), b.end());
        };
        const AuditResult r = AuditEngine::run(stream, nullptr, cb);
        QVERIFY(r.files.empty());
        QCOMPARE(r.totals, full.totals);
        QCOMPARE(r.totals.files, qint64(1000));
        QCOMPARE(describe(seen), describe(full.files));
        QCOMPARE(r.stats.recentlyModified, full.stats.recentlyModified);
    }

    void sharedPoolIsUsedAsGiven_data()
    {
        QTest::addColumn<int>("threads");
        QTest::newRow("one thread") << 1;
        QTest::newRow("three threads") << 3;
    }
    void sharedPoolIsUsedAsGiven()
    {
        QFETCH(int, threads);
        QThreadPool pool;
        pool.setMaxThreadCount(threads);
        AuditOptions o;
        o.walk.root = m_tree.path();
        o.pool = &pool;
        o.maxFiles = threads == 1 ? 0 : 700; // both of the engine's paths
        const AuditResult r = AuditEngine::run(o);
        QCOMPARE(r.totals.files, threads == 1 ? qint64(1000) : qint64(700));
        QCOMPARE(pool.maxThreadCount(), threads); // never tuned
        QCOMPARE(r.stats.threads, threads);
    }

    void jobDeliversEveryRecordOnTheGuiThread()
    {
        AuditOptions o;
        o.walk.root = m_tree.path();
        o.batchIntervalMs = 5;
        AuditJob job(o);
        std::vector<FileRecord> got;
        bool offThread = false;
        int batches = 0;
        connect(&job, &AuditJob::batchReady, this, [&](const AuditBatchPtr &b) {
            offThread = offThread || QThread::currentThread() != thread();
            ++batches;
            std::move(b->records.begin(), b->records.end(), std::back_inserter(got));
        });
        AuditOutcome outcome;
        connect(&job, &AuditJob::auditFinished, this,
                [&](const AuditOutcome &oc) { outcome = oc; });
        QSignalSpy finished(&job, &WorkerJob::finished);
        QVERIFY(job.start());
        QVERIFY(!job.start()); // one run at a time
        QVERIFY(finished.wait(60000));
        QVERIFY(!offThread);
        QVERIFY(batches >= 1);
        QVERIFY(!job.isRunning());
        AuditOptions keep = o;
        const AuditResult full = AuditEngine::run(keep);
        QCOMPARE(describe(got), describe(full.files));
        QCOMPARE(outcome.totals, full.totals);
        QVERIFY(!outcome.cancelled);
        QCOMPARE(job.options().pool, ThreadBudget::pool());
        QVERIFY(!job.options().keepRecords);
    }

    void cancelReachesTheEngine()
    {
        AuditOptions o;
        o.walk.root = m_tree.path();
        AuditJob job(o);
        AuditOutcome outcome;
        connect(&job, &AuditJob::auditFinished, this,
                [&](const AuditOutcome &oc) { outcome = oc; });
        QSignalSpy finished(&job, &WorkerJob::finished);
        QVERIFY(job.start());
        job.cancel();
        QVERIFY(finished.wait(60000));
        QVERIFY(outcome.cancelled);
    }

    void destroyingARunningJobIsSafe()
    {
        AuditOptions o;
        o.walk.root = m_tree.path();
        int batches = 0;
        {
            AuditJob job(o);
            connect(&job, &AuditJob::batchReady, this, [&] { ++batches; });
            QVERIFY(job.start());
        } // cancels and joins; what it posted dies with it
        QTest::qWait(50);
        QCOMPARE(batches, 0);
    }

private:
    QTemporaryDir m_tree;
};

QTEST_MAIN(TestAuditJob)
#include "tst_auditjob.moc"
