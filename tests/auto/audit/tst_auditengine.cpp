// SPDX-FileCopyrightText: 2026 WhiteMagic contributors
// SPDX-License-Identifier: MIT
//
// The audit engine over the walker: cancelling, batching, the same result
// at any thread count, file and size limits, a missing root.
#include "TestSupport.h"
#include "audit/AuditEngine.h"
#include "audit/FileAnalyzer.h"
#include "concurrency/CancelToken.h"
#include "io/UniqueFd.h"
#include "walk/FileWalker.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QTemporaryDir>
#include <QtTest>
#include <atomic>
#include <fcntl.h>
#include <sys/stat.h>
#include <thread>
#include <unistd.h>

using namespace wm;

class TestAuditEngine : public QObject
{
    Q_OBJECT

    static QStringList paths(const std::vector<WalkEntry> &v)
    {
        QStringList out;
        for (const auto &e : v)
            out << e.relPath;
        return out;
    }

private Q_SLOTS:
    void cancelBeforeStart()
    {
        QTemporaryDir dir;
        QVERIFY(wmtest::writeFile(dir.path(), "a.txt", "x"));
        CancelToken token;
        token.cancel();
        AuditOptions o;
        o.walk.root = dir.path();
        const AuditResult r = AuditEngine::run(o, &token);
        QVERIFY(r.cancelled);
        QCOMPARE(r.files.size(), size_t(0));
    }

    void cancelMidRun()
    {
        QTemporaryDir dir;
        const int n = 4000;
        for (int i = 0; i < n; ++i)
            QVERIFY(wmtest::writeFile(dir.path(), QStringLiteral("d%1/f%2.txt").arg(i % 20).arg(i),
                                      QByteArray(4000, 'x')));
        CancelToken token;
        AuditOptions o;
        o.walk.root = dir.path();
        o.threads = 2;
        o.batchIntervalMs = 1;
        AuditEngine::Callbacks cb;
        cb.onProgress = [&](const AuditProgress &p) {
            if (p.done > 0) token.cancel();
        };
        const AuditResult r = AuditEngine::run(o, &token, cb);
        QVERIFY(r.cancelled);
        QVERIFY2(r.files.size() < size_t(n), qPrintable(QString::number(r.files.size())));
    }

    void batchesAreNotPerFile()
    {
        QTemporaryDir dir;
        for (int i = 0; i < 1500; ++i)
            QVERIFY(wmtest::writeFile(dir.path(), QStringLiteral("d%1/f%2.txt").arg(i % 10).arg(i),
                                      "x y\n"));
        AuditOptions o;
        o.walk.root = dir.path();
        o.batchSize = 256;
        size_t calls = 0, rows = 0, largest = 0;
        AuditEngine::Callbacks cb;
        cb.onBatch = [&](std::span<const FileRecord> b) {
            ++calls;
            rows += b.size();
            largest = std::max(largest, b.size());
        };
        AuditProgress last;
        cb.onProgress = [&](const AuditProgress &p) { last = p; };
        const AuditResult r = AuditEngine::run(o, nullptr, cb);
        QCOMPARE(rows, size_t(1500));
        QVERIFY(largest <= 256);
        QVERIFY2(calls < 100, qPrintable(QString::number(calls)));
        QVERIFY(last.finished);
        QCOMPARE(last.done, 1500);
        QCOMPARE(last.found, 1500);
        QCOMPARE(r.totals.files, 1500);
    }

    // Records stream out in byte order of their paths, checked against the
    // parallel walker's full sorted list (FileWalker::list), on names where
    // a walk in folder order differs from path order: "a.txt" and "a b/"
    // sort before "a/", a folder that cannot be listed sorts as "u", before
    // "u-x"; non-UTF-8 bytes sort by their value. Stream-only, at 1, 2 and 7
    // threads, and with a file limit (the first N of that list).
    void streamsInPathOrder()
    {
        QTemporaryDir dir;
        for (const char *f : {"a/b.txt", "a.txt", "a b/c.txt", "a-b", "a/z/y.txt", "b", "u/in.txt",
                              "u-x/in.txt", "u.txt", "z/a"})
            QVERIFY(wmtest::writeFile(dir.path(), QString::fromLatin1(f), "one two\n"));
        const QByteArray odd = QFile::encodeName(dir.path()) + "/n\xff\xfe";
        QVERIFY(QFile(QFile::decodeName(odd)).open(QIODevice::WriteOnly));
        const bool root = ::geteuid() == 0;
        if (!root) QVERIFY(QFile::setPermissions(dir.path() + "/u", {}));
        AuditOptions o;
        o.walk.root = dir.path();
        o.keepRecords = false;
        std::vector<QByteArray> expected;
        for (const WalkEntry &e : FileWalker(o.walk).list(2))
            expected.push_back(QByteArray::fromStdString(e.nativeRel));
        QVERIFY(expected.size() >= (root ? 11u : 9u));
        for (const int threads : {1, 2, 7}) {
            for (const qint64 limit : {qint64(0), qint64(4)}) {
                o.threads = threads;
                o.maxFiles = limit;
                std::vector<QByteArray> got;
                AuditEngine::Callbacks cb;
                cb.onBatch = [&](std::span<const FileRecord> batch) {
                    for (const FileRecord &r : batch)
                        got.push_back(r.pathBytes);
                };
                const AuditResult r = AuditEngine::run(o, nullptr, cb);
                QVERIFY(r.files.empty()); // stream-only: the caller keeps them
                std::vector<QByteArray> want = expected;
                if (limit > 0) want.resize(size_t(limit));
                QCOMPARE(got, want);
                QCOMPARE(r.omittedByLimit, limit > 0 ? qint64(expected.size()) - limit : 0);
            }
        }
        if (!root)
            QVERIFY(QFile::setPermissions(dir.path() + "/u",
                                          QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner));
    }

    void sameResultAtAnyThreadCount()
    {
        const QString tree = QStringLiteral(WM_SOURCE_DIR);
        AuditOptions o;
        o.walk.root = tree;
        // With links followed too (issue 10): a link into the tree and one
        // to a folder outside it, met in either path order.
        QTemporaryDir linked;
        QVERIFY(wmtest::writeFile(linked.path(), "real/inner/x.txt", "x y\n"));
        QVERIFY(wmtest::writeFile(linked.path(), "real/z.txt", "z\n"));
        QVERIFY(QFile::link(linked.path() + "/real", linked.path() + "/a-link"));
        QVERIFY(QFile::link(linked.path() + "/real/inner", linked.path() + "/z-link"));
        QVERIFY(QFile::link(tree + "/core/walk", linked.path() + "/m-outside"));
        for (const bool follow : {false, true}) {
            o.walk.root = follow ? linked.path() : tree;
            o.walk.followLinks = follow;
            o.threads = 1;
            const AuditResult one = AuditEngine::run(o);
            o.threads = 7;
            const AuditResult many = AuditEngine::run(o);
            QVERIFY(one.totals.files > 3);
            QCOMPARE(one.totals, many.totals);
            QCOMPARE(one.files.size(), many.files.size());
            for (size_t i = 0; i < one.files.size(); ++i) {
                QCOMPARE(one.files[i].path, many.files[i].path);
                QCOMPARE(one.files[i].code, many.files[i].code);
                QCOMPARE(one.files[i].summary, many.files[i].summary);
            }
            if (follow) {
                QCOMPARE(one.files.front().path, QStringLiteral("a-link/"));
                QCOMPARE(one.totals.linkedFolders, 2);
            }
        }
        o.walk.root = tree;
        o.walk.followLinks = false;
        o.threads = 1;
        const AuditResult one = AuditEngine::run(o);
        o.threads = 7;
        const AuditResult many = AuditEngine::run(o);
        QVERIFY(one.totals.files > 20);
        QCOMPARE(one.totals, many.totals);
        QCOMPARE(one.files.size(), many.files.size());
        for (size_t i = 0; i < one.files.size(); ++i) {
            QCOMPARE(one.files[i].path, many.files[i].path);
            QCOMPARE(one.files[i].code, many.files[i].code);
            QCOMPARE(one.files[i].summary, many.files[i].summary);
        }
    }

    void maxFilesPicksTheFirstPaths()
    {
        QTemporaryDir dir;
        for (int i = 0; i < 200; ++i)
            QVERIFY(wmtest::writeFile(
                dir.path(),
                QStringLiteral("d%1/f%2.txt").arg(i % 7).arg(i, 3, 10, QLatin1Char('0')), "x\n"));
        AuditOptions o;
        o.walk.root = dir.path();
        o.maxFiles = 50;
        o.threads = 1;
        const AuditResult a = AuditEngine::run(o);
        o.threads = 5;
        const AuditResult b = AuditEngine::run(o);
        QCOMPARE(a.files.size(), size_t(50));
        QCOMPARE(a.omittedByLimit, 150);
        WalkOptions w;
        w.root = dir.path();
        const auto all = FileWalker(w).list(1);
        for (size_t i = 0; i < 50; ++i) {
            QCOMPARE(a.files[i].path, all[i].relPath);
            QCOMPARE(b.files[i].path, all[i].relPath);
        }
    }

    void maxSizeMakesAnErrorRow()
    {
        QTemporaryDir dir;
        QVERIFY(wmtest::writeFile(dir.path(), "big.txt", QByteArray(5000, 'a')));
        QVERIFY(wmtest::writeFile(dir.path(), "small.txt", "a"));
        AuditOptions o;
        o.walk.root = dir.path();
        o.maxFileSize = 1000;
        const AuditResult r = AuditEngine::run(o);
        QCOMPARE(r.files.size(), size_t(2));
        QVERIFY(r.files[0].error.contains("size limit"));
        QCOMPARE(r.files[0].bytes, 5000);
        QVERIFY(r.files[1].error.isEmpty());
    }

    void missingRootIsAFatalError()
    {
        AuditOptions o;
        o.walk.root = QStringLiteral("/nonexistent/wm-test");
        const AuditResult r = AuditEngine::run(o);
        QVERIFY(r.fatalError.contains("cannot open"));
        QVERIFY(r.files.empty());
    }
};

QTEST_GUILESS_MAIN(TestAuditEngine)
#include "tst_auditengine.moc"
