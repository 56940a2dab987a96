// SPDX-FileCopyrightText: 2026 WhiteMagic contributors
// SPDX-License-Identifier: MIT
//
// A kill at every instant of a consolidation: `wm consolidate --apply` is
// made to _exit after each journal line (WM_CONSOLIDATE_CRASH_AFTER) and in
// the middle of each step (WM_CONSOLIDATE_CRASH_IN), and `wm restore` after
// undoing each step (WM_CONSOLIDATE_CRASH_IN_UNDO). After every kill: no note
// is lost (each original's bytes are in the store or in its archive, read
// with the tar and lz4 tools), recovery rolls the run back (before the point
// of no return: the store is as before, checked with diff -r) or finishes it
// (the store is as after an uninterrupted run), and restore then brings the
// original store back.
#include "StoreFixture.h"
#include "consolidate/ConsolidationApplier.h"
#include "consolidate/ConsolidationJournal.h"
#include "consolidate/ConsolidationPlanner.h"
#include "consolidate/Restorer.h"
#include "consolidate/RunRecovery.h"

#include <QCryptographicHash>
#include <QDirIterator>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QTemporaryDir>
#include <filesystem>

using namespace wm;

namespace {

// tmpfs when there is one: fsync costs nothing there, and the suite spawns
// many short runs.
QString tempBase()
{
    const QFileInfo shm(QStringLiteral("/dev/shm"));
    return shm.isDir() && shm.isWritable() ? QStringLiteral("/dev/shm/wm-consolidate-XXXXXX")
                                           : QString();
}

QSet<QByteArray> fileHashes(const QString &root, bool skipState)
{
    QSet<QByteArray> out;
    QDirIterator it(root, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        if (skipState && path.contains(QLatin1String("/.wm-consolidate/"))) continue;
        out.insert(QCryptographicHash::hash(wmtest::readFile(path), QCryptographicHash::Sha256));
    }
    return out;
}

} // namespace

class TstConsolidateCrash : public QObject
{
    Q_OBJECT

    QTemporaryDir m_tmp{tempBase()};
    QString m_orig;
    QString m_ref;
    QSet<QByteArray> m_originals;
    QStringList m_kinds; // the reference run's steps
    qsizetype m_pointOfNoReturn = -1;
    int m_case = 0;

    QString fresh()
    {
        const QString dir = m_tmp.filePath(QStringLiteral("case-%1").arg(++m_case));
        std::filesystem::copy(m_orig.toStdString(), dir.toStdString(),
                              std::filesystem::copy_options::recursive);
        return dir;
    }

    // Every original note's bytes are in the store or in one of its archives.
    bool nothingLost(const QString &store)
    {
        QSet<QByteArray> found = fileHashes(store, true);
        const QDir archives(store + QStringLiteral("/archive"));
        for (const QString &a : archives.entryList({QStringLiteral("*.tar.lz4")}, QDir::Files)) {
            const QString out = store + QStringLiteral(".x-") + a;
            QDir().mkpath(out);
            const auto r =
                wmtest::run(QStringLiteral("tar"),
                            {QStringLiteral("-I"), QStringLiteral("lz4"), QStringLiteral("-xf"),
                             archives.filePath(a), QStringLiteral("-C"), out});
            if (r.exitCode != 0) {
                qWarning("tar -I lz4 -xf %s: %s", qPrintable(a), r.err.constData());
                return false;
            }
            found.unite(fileHashes(out, false));
        }
        const QSet<QByteArray> lost = m_originals - found;
        if (!lost.isEmpty()) qWarning("%lld notes lost", qlonglong(lost.size()));
        return lost.isEmpty();
    }

    // The store after recovery: the original, or the uninterrupted result
    // (the archive's bytes hold file times, so it is compared by content).
    void checkRecovered(const QString &store, bool rolledBack)
    {
        if (rolledBack) {
            QCOMPARE(wmtest::treeDiff(store, m_orig), QByteArray());
            return;
        }
        const auto r = wmtest::run(QStringLiteral("diff"),
                                   {QStringLiteral("-r"), QStringLiteral("-x"),
                                    QStringLiteral(".wm-consolidate"), QStringLiteral("-x"),
                                    QStringLiteral("*.tar.lz4"), store, m_ref});
        QVERIFY2(r.exitCode == 0, r.out.constData());
        const QString archive = QStringLiteral("/archive/consolidation-20261201T120000Z.tar.lz4");
        const auto list = [](const QString &path) {
            return wmtest::run(QStringLiteral("tar"), {QStringLiteral("-I"), QStringLiteral("lz4"),
                                                       QStringLiteral("-tf"), path})
                .out;
        };
        QCOMPARE(list(store + archive), list(m_ref + archive));
    }

    void restoreOriginal(const QString &store)
    {
        const RestoreResult r = Restorer::restore(store);
        QVERIFY2(r.ok, qPrintable(r.error));
        QCOMPARE(wmtest::treeDiff(store, m_orig), QByteArray());
    }

    wmtest::ProcessResult applyWith(const QString &store, const QString &env)
    {
        return wmtest::wmEnv({QStringLiteral("consolidate"), store, QStringLiteral("--apply"),
                              QStringLiteral("-q"), QStringLiteral("--now"), wmtest::kNow},
                             {env});
    }

    static const QStringList &changingSteps()
    {
        static const QStringList kinds{QStringLiteral("verify-archive"),
                                       QStringLiteral("create-note"), QStringLiteral("promote"),
                                       QStringLiteral("remove"), QStringLiteral("write-index")};
        return kinds;
    }

private Q_SLOTS:
    void initTestCase()
    {
        WM_REQUIRE_TOOL("python3");
        WM_REQUIRE_TOOL("tar");
        WM_REQUIRE_TOOL("lz4");
        WM_REQUIRE_TOOL("diff");
        QVERIFY(m_tmp.isValid());
        m_orig = m_tmp.filePath(QStringLiteral("orig"));
        QVERIFY(wmtest::generateStore(m_orig, 24, 7));
        m_originals = fileHashes(m_orig, false);
        m_ref = fresh();
        const auto r = applyWith(m_ref, QStringLiteral("WM_CONSOLIDATE_CRASH_AFTER=0"));
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QJsonObject steps =
            QJsonDocument::fromJson(
                wmtest::readFile(m_ref + QStringLiteral("/.wm-consolidate/runs/"
                                                        "20261201T120000Z/steps.json")))
                .object();
        for (const QJsonValue &s : steps.value(QStringLiteral("steps")).toArray())
            m_kinds << s.toObject().value(QStringLiteral("kind")).toString();
        m_pointOfNoReturn = m_kinds.indexOf(QStringLiteral("point-of-no-return"));
        // The fixture exercises every kind of step.
        for (const char *k : {"write-archive", "verify-archive", "create-note", "promote", "remove",
                              "write-index", "commit"})
            QVERIFY2(m_kinds.contains(QLatin1String(k)), k);
        QVERIFY(m_pointOfNoReturn > 0);
    }

    void killAfterEveryJournalLine_data()
    {
        QTest::addColumn<int>("line");
        for (int n = 1; n <= int(m_kinds.size()); ++n)
            QTest::addRow("line %d (%s done)", n, qPrintable(m_kinds.at(n - 1))) << n;
    }

    void killAfterEveryJournalLine()
    {
        QFETCH(int, line);
        const QString store = fresh();
        const auto r = applyWith(store, QStringLiteral("WM_CONSOLIDATE_CRASH_AFTER=%1").arg(line));
        QCOMPARE(r.exitCode, 86);
        QVERIFY(nothingLost(store));
        const RecoveryResult rec = RunRecovery::recover(store);
        QVERIFY2(rec.ok, qPrintable(rec.error));
        // Line N says step N-1 is done.
        const bool before = line - 1 < m_pointOfNoReturn;
        const bool committed = line == int(m_kinds.size());
        QCOMPARE(int(rec.outcome), int(before      ? RecoveryResult::Outcome::RolledBack
                                       : committed ? RecoveryResult::Outcome::NothingToDo
                                                   : RecoveryResult::Outcome::Finished));
        checkRecovered(store, before);
        if (!before) restoreOriginal(store);
    }

    void killInsideEveryStep_data()
    {
        QTest::addColumn<int>("step");
        // Steps that change no store file (make-folder, write-archive in the
        // run's own folder, the point of no return, commit) have no middle
        // to be killed in: the kills after their journal line cover them.
        for (int i = 0; i < int(m_kinds.size()); ++i)
            if (changingSteps().contains(m_kinds.at(i)))
                QTest::addRow("step %d (%s)", i, qPrintable(m_kinds.at(i))) << i;
    }

    void killInsideEveryStep()
    {
        QFETCH(int, step);
        const QString store = fresh();
        const auto r = applyWith(store, QStringLiteral("WM_CONSOLIDATE_CRASH_IN=%1").arg(step));
        QCOMPARE(r.exitCode, 86);
        QVERIFY(nothingLost(store));
        const RecoveryResult rec = RunRecovery::recover(store);
        QVERIFY2(rec.ok, qPrintable(rec.error));
        const bool before = step < m_pointOfNoReturn;
        QCOMPARE(int(rec.outcome), int(before ? RecoveryResult::Outcome::RolledBack
                                              : RecoveryResult::Outcome::Finished));
        checkRecovered(store, before);
        if (!before) restoreOriginal(store);
    }

    void killDuringRestore_data()
    {
        QTest::addColumn<QString>("env");
        QTest::newRow("after the restore mark") << QStringLiteral("WM_CONSOLIDATE_CRASH_AFTER=1");
        for (int i = int(m_kinds.size()) - 1; i >= 0; --i)
            if (changingSteps().contains(m_kinds.at(i)) ||
                m_kinds.at(i) == QLatin1String("make-folder"))
                QTest::addRow("after undoing step %d (%s)", i, qPrintable(m_kinds.at(i)))
                    << QStringLiteral("WM_CONSOLIDATE_CRASH_IN_UNDO=%1").arg(i);
    }

    void killDuringRestore()
    {
        QFETCH(QString, env);
        const QString store = fresh();
        ConsolidationOptions o;
        o.now = QDateTime::fromString(wmtest::kNow, Qt::ISODate);
        o.now.setTimeSpec(Qt::UTC);
        const ApplyResult applied =
            ConsolidationApplier::apply(ConsolidationPlanner::plan(store, o));
        QVERIFY2(applied.ok, qPrintable(applied.error));
        const auto r =
            wmtest::wmEnv({QStringLiteral("restore"), store, QStringLiteral("-q")}, {env});
        QCOMPARE(r.exitCode, 86);
        QVERIFY(nothingLost(store));
        const RecoveryResult rec = RunRecovery::recover(store);
        QVERIFY2(rec.ok, qPrintable(rec.error));
        QCOMPARE(int(rec.outcome), int(RecoveryResult::Outcome::Restored));
        QCOMPARE(wmtest::treeDiff(store, m_orig), QByteArray());
    }
};

QTEST_GUILESS_MAIN(TstConsolidateCrash)
#include "tst_consolidatecrash.moc"
