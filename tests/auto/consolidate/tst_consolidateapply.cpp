// SPDX-FileCopyrightText: 2026 WhiteMagic contributors
// SPDX-License-Identifier: MIT
//
// wm consolidate --apply and wm restore: the archive read with the lz4 and
// tar tools holds exactly the removed originals; restore brings the store
// back byte for byte (names, contents, modes, file times: tree_snapshot.py
// and diff -r); later runs are undone with an earlier one; a changed file,
// an index.json that is not ours, a taken promote target, a name that is
// not UTF-8, a held lock and a cancel are handled without losing a byte.
#include "StoreFixture.h"
#include "concurrency/CancelToken.h"
#include "consolidate/ConsolidationApplier.h"
#include "consolidate/ConsolidationPlanner.h"
#include "consolidate/RunHistory.h"
#include "io/NativePath.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QTemporaryDir>
#include <fcntl.h>
#include <sys/file.h>
#include <unistd.h>

using namespace wm;

class TstConsolidateApply : public QObject
{
    Q_OBJECT

    QTemporaryDir m_tmp;
    QString m_orig;
    int m_case = 0;

    QString fresh()
    {
        const QString dir = m_tmp.filePath(QStringLiteral("case-%1").arg(++m_case));
        return wmtest::copyTree(m_orig, dir) ? dir : QString();
    }

    static QStringList applyArgs(const QString &store, const QString &now = wmtest::kNow)
    {
        return {QStringLiteral("consolidate"),
                store,
                QStringLiteral("--apply"),
                QStringLiteral("--json"),
                QStringLiteral("-q"),
                QStringLiteral("--now"),
                now};
    }

    static ConsolidationOptions options()
    {
        ConsolidationOptions o;
        o.now = QDateTime::fromString(wmtest::kNow, Qt::ISODate);
        o.now.setTimeSpec(Qt::UTC);
        return o;
    }

    // A note file, its name given as bytes.
    static bool writeRaw(const QByteArray &path, const QByteArray &bytes)
    {
        const int fd = ::open(path.constData(), O_WRONLY | O_CREAT | O_EXCL, 0644);
        if (fd < 0) return false;
        const bool ok = ::write(fd, bytes.constData(), size_t(bytes.size())) == bytes.size();
        return ::close(fd) == 0 && ok;
    }

private Q_SLOTS:
    // QDir cannot remove a name that is not UTF-8: rm does.
    void cleanupTestCase()
    {
        wmtest::run(QStringLiteral("rm"), {QStringLiteral("-rf"), m_tmp.path()});
    }

    void initTestCase()
    {
        WM_REQUIRE_TOOL("python3");
        WM_REQUIRE_TOOL("lz4");
        WM_REQUIRE_TOOL("tar");
        WM_REQUIRE_TOOL("diff");
        m_orig = m_tmp.filePath(QStringLiteral("orig"));
        QVERIFY(wmtest::generateStore(m_orig, 120, 5));
        // Modes and file times must come back too, not only bytes.
        const QDir st(m_orig + QStringLiteral("/short_term"));
        const QStringList notes =
            st.entryList({QStringLiteral("2026*.md")}, QDir::Files, QDir::Name);
        QVERIFY(notes.size() > 10);
        QVERIFY(
            QFile::setPermissions(st.filePath(notes.at(0)), QFile::ReadOwner | QFile::WriteOwner));
        QVERIFY(wmtest::run(QStringLiteral("touch"),
                            {QStringLiteral("-d"), QStringLiteral("2020-02-02 02:02:02.123456789"),
                             st.filePath(notes.at(1))})
                    .exitCode == 0);
    }

    void applyThenRestoreIsByteIdentical()
    {
        const QString store = fresh();
        const QByteArray before = wmtest::snapshot(store);
        QVERIFY(before.startsWith('{'));
        const auto r = wmtest::wm(applyArgs(store));
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QJsonObject plan = QJsonDocument::fromJson(r.out).object();
        const QJsonObject applied = plan.value(QStringLiteral("applied")).toObject();
        QVERIFY(applied.value(QStringLiteral("ok")).toBool());
        const QJsonObject summary = plan.value(QStringLiteral("summary")).toObject();
        QCOMPARE(applied.value(QStringLiteral("archived")).toInt(),
                 summary.value(QStringLiteral("archive")).toInt());
        QCOMPARE(applied.value(QStringLiteral("merged")).toInt(),
                 summary.value(QStringLiteral("mergedNotes")).toInt());
        QVERIFY(summary.value(QStringLiteral("archive")).toInt() > 0);
        QVERIFY(summary.value(QStringLiteral("merges")).toInt() > 0);

        // The archive, read by the reference tools, holds exactly the removed notes.
        QSet<QString> removed;
        for (const QJsonValue &n : plan.value(QStringLiteral("notes")).toArray()) {
            const QString action = n.toObject().value(QStringLiteral("action")).toString();
            const QString path = n.toObject().value(QStringLiteral("path")).toString();
            if (action == QLatin1String("archive") || action == QLatin1String("merge"))
                removed << path;
            if (action != QLatin1String("keep"))
                QVERIFY2(!QFile::exists(store + QLatin1Char('/') + path), qPrintable(path));
        }
        const QString archive =
            store + QLatin1Char('/') + plan.value(QStringLiteral("archive")).toString();
        QCOMPARE(wmtest::run(QStringLiteral("lz4"), {QStringLiteral("-t"), archive}).exitCode, 0);
        const QString out = m_tmp.filePath(QStringLiteral("extracted"));
        QVERIFY(QDir().mkpath(out));
        QCOMPARE(wmtest::run(QStringLiteral("tar"),
                             {QStringLiteral("-I"), QStringLiteral("lz4"), QStringLiteral("-xf"),
                              archive, QStringLiteral("-C"), out})
                     .exitCode,
                 0);
        QSet<QString> members;
        for (const QString &folder : {QStringLiteral("short_term"), QStringLiteral("long_term")})
            for (const QString &f : QDir(out + QLatin1Char('/') + folder).entryList(QDir::Files)) {
                members << folder + QLatin1Char('/') + f;
                QCOMPARE(
                    wmtest::readFile(out + QLatin1Char('/') + folder + QLatin1Char('/') + f),
                    wmtest::readFile(m_orig + QLatin1Char('/') + folder + QLatin1Char('/') + f));
            }
        QCOMPARE(members, removed);
        QVERIFY(QFile::exists(out + QStringLiteral("/.whitemagic-archive-manifest.json")));
        // Malformed notes stay where they were, byte for byte.
        for (const QJsonValue &m : plan.value(QStringLiteral("malformed")).toArray()) {
            const QString path = m.toObject().value(QStringLiteral("path")).toString();
            QCOMPARE(wmtest::readFile(store + QLatin1Char('/') + path),
                     wmtest::readFile(m_orig + QLatin1Char('/') + path));
        }
        const QJsonObject index =
            QJsonDocument::fromJson(wmtest::readFile(store + QStringLiteral("/index.json")))
                .object();
        QCOMPARE(index.value(QStringLiteral("format")).toString(),
                 QStringLiteral("whitemagic-memory-index"));

        const auto list = wmtest::wm(
            {QStringLiteral("restore"), store, QStringLiteral("--list"), QStringLiteral("--json")});
        QCOMPARE(QJsonDocument::fromJson(list.out).array().size(), 1);
        const auto restored = wmtest::wm({QStringLiteral("restore"), store});
        QVERIFY2(restored.exitCode == 0, restored.err.constData());
        QCOMPARE(wmtest::snapshot(store), before);
        QCOMPARE(wmtest::treeDiff(store, m_orig), QByteArray());
        const auto again = wmtest::wm({QStringLiteral("restore"), store});
        QCOMPARE(again.exitCode, 1);
        QVERIFY(again.err.contains("no consolidation run to restore"));
    }

    void earlierRunUndoesLaterOnes()
    {
        const QString store = fresh();
        QVERIFY(wmtest::wm(applyArgs(store)).exitCode == 0);
        QVERIFY(wmtest::writeFile(
            store, QStringLiteral("short_term/20261101_000000_added-later.md"),
            "---\ntitle: Added later\ncreated: 2026-11-01T00:00:00Z\n---\n\nLater.\n"));
        const QString expected = m_tmp.filePath(QStringLiteral("expected-%1").arg(m_case));
        QVERIFY(wmtest::copyTree(m_orig, expected));
        QVERIFY(wmtest::writeFile(
            expected, QStringLiteral("short_term/20261101_000000_added-later.md"),
            "---\ntitle: Added later\ncreated: 2026-11-01T00:00:00Z\n---\n\nLater.\n"));
        const auto second = wmtest::wm(applyArgs(store, QStringLiteral("2026-12-09T12:00:00")));
        QVERIFY2(second.exitCode == 0, second.err.constData());
        QVERIFY(
            !QFile::exists(store + QStringLiteral("/short_term/20261101_000000_added-later.md")));
        const std::vector<RunInfo> runs = RunHistory::list(store);
        QCOMPARE(runs.size(), size_t(2));
        const auto r = wmtest::wm({QStringLiteral("restore"), store, runs.front().id});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY(r.out.contains("Restored runs 20261209T120000Z, 20261201T120000Z"));
        QCOMPARE(wmtest::treeDiff(store, expected), QByteArray());
    }

    void restoreRefusesChangedFiles()
    {
        const QString store = fresh();
        const auto r = wmtest::wm(applyArgs(store));
        QVERIFY(r.exitCode == 0);
        const QJsonObject plan = QJsonDocument::fromJson(r.out).object();
        const QString merged = plan.value(QStringLiteral("merges"))
                                   .toArray()
                                   .at(0)
                                   .toObject()
                                   .value(QStringLiteral("result"))
                                   .toString();
        QFile f(store + QLatin1Char('/') + merged);
        QVERIFY(f.open(QIODevice::Append));
        f.write("\nEdited after the run.\n");
        f.close();
        const QByteArray state = wmtest::treeState(store);
        const auto restore = wmtest::wm({QStringLiteral("restore"), store});
        QCOMPARE(restore.exitCode, 1);
        QVERIFY2(
            restore.err.contains(QStringLiteral("%1 changed since the run").arg(merged).toUtf8()),
            restore.err.constData());
        QCOMPARE(wmtest::treeState(store), state); // nothing restored, nothing removed
    }

    void indexNotOurs()
    {
        const QString store = fresh();
        QVERIFY(wmtest::writeFile(store, QStringLiteral("index.json"), "{\"mine\": true}\n"));
        const QByteArray state = wmtest::treeState(store);
        auto r = wmtest::wm({QStringLiteral("consolidate"), store});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains("**Cannot apply**: index.json was not written by WhiteMagic"));
        r = wmtest::wm(applyArgs(store));
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.err.contains("never overwritten"));
        QCOMPARE(wmtest::treeState(store), state);
    }

    void promoteTargetTaken()
    {
        const QString store = fresh();
        const QString name = QStringLiteral("20261130_010101_taken.md");
        const QByteArray mine =
            "---\ntitle: Taken\ncreated: 2026-11-30T01:01:01Z\ntags: [insight]\n---\n\nOne.\n";
        const QByteArray other = "not a note of the short term\n";
        QVERIFY(wmtest::writeFile(store, QStringLiteral("short_term/") + name, mine));
        QVERIFY(wmtest::writeFile(store, QStringLiteral("long_term/") + name, other));
        const ConsolidationPlan plan = ConsolidationPlanner::plan(store, options());
        bool seen = false;
        for (const NoteDecision &d : plan.notes)
            if (d.relPath == QStringLiteral("short_term/") + name) {
                seen = true;
                QCOMPARE(d.action, NoteAction::Keep);
                QVERIFY2(d.reason.contains(QLatin1String("already exists")), qPrintable(d.reason));
            }
        QVERIFY(seen);
        QVERIFY(ConsolidationApplier::apply(plan).ok);
        QCOMPARE(wmtest::readFile(store + QStringLiteral("/short_term/") + name), mine);
        QCOMPARE(wmtest::readFile(store + QStringLiteral("/long_term/") + name), other);
    }

    void nonUtf8Names()
    {
        const QString store = fresh();
        const QByteArray name =
            NativePath::encode(store) + "/short_term/20260101_000000_caf\xe9-\xff.md";
        QVERIFY(writeRaw(name,
                         "---\ntitle: Latin-1 name\ncreated: 2026-01-01T00:00:00Z\n---\n\nOld.\n"));
        const QByteArray before = wmtest::snapshot(store);
        const auto r = wmtest::wm(applyArgs(store));
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY(::access(name.constData(), F_OK) != 0); // archived
        QVERIFY(wmtest::wm({QStringLiteral("restore"), store}).exitCode == 0);
        QVERIFY(::access(name.constData(), F_OK) == 0);
        QCOMPARE(wmtest::snapshot(store), before);
    }

    void lockHeld()
    {
        const QString store = fresh();
        const int fd = ::open(QFile::encodeName(store).constData(), O_RDONLY | O_DIRECTORY);
        QVERIFY(fd >= 0 && ::flock(fd, LOCK_EX | LOCK_NB) == 0);
        const QByteArray state = wmtest::treeState(store);
        const auto r = wmtest::wm(applyArgs(store));
        ::close(fd);
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains("another process is consolidating or restoring"),
                 r.err.constData());
        QCOMPARE(wmtest::treeState(store), state);
    }

    void cancel()
    {
        const QString store = fresh();
        const QByteArray state = wmtest::treeState(store);
        const ConsolidationPlan plan = ConsolidationPlanner::plan(store, options());
        CancelToken token;
        ConsolidationApplier::Callbacks cb;
        cb.onProgress = [&](const ConsolidationProgress &p) {
            if (p.step == ConsolidationProgress::Step::Verifying) token.cancel();
        };
        ApplyResult r = ConsolidationApplier::apply(plan, &token, cb);
        QVERIFY(!r.ok);
        QVERIFY(r.cancelled);
        QCOMPARE(wmtest::treeState(store), state); // undone, record included
        // Past the point of no return a cancel is too late: the run finishes.
        token.reset();
        bool pastSeen = false;
        cb.onProgress = [&](const ConsolidationProgress &p) {
            if (p.pastPointOfNoReturn) {
                pastSeen = true;
                token.cancel();
            }
        };
        r = ConsolidationApplier::apply(ConsolidationPlanner::plan(store, options()), &token, cb);
        QVERIFY2(r.ok, qPrintable(r.error));
        QVERIFY(pastSeen);
        QCOMPARE(RunHistory::list(store).size(), size_t(1));
    }
};

QTEST_GUILESS_MAIN(TstConsolidateApply)
#include "tst_consolidateapply.moc"
