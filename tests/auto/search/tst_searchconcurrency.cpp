// SPDX-FileCopyrightText: 2026 WhiteMagic contributors
// SPDX-License-Identifier: MIT
//
// Searching while the index is being written: WAL readers see the last
// committed batch, never an error, never a half-written one, and what they
// see only grows until the writer is done.
#include "SearchTestSupport.h"

#include <QTemporaryDir>
#include <QTest>
#include <atomic>
#include <thread>

using namespace wmsearchtest;

class TestSearchConcurrency : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void searchWhileIndexing()
    {
        QTemporaryDir tmp;
        const QString root = tmp.filePath(QStringLiteral("tree")),
                      db = tmp.filePath(QStringLiteral("i.db"));
        // Every file has "commonword"; the writer commits every 25 files.
        for (int i = 0; i < 1500; ++i)
            QVERIFY(wmtest::writeFile(root, QStringLiteral("d%1/f%2.txt").arg(i % 10).arg(i),
                                      QStringLiteral("commonword file%1 %2\n")
                                          .arg(i)
                                          .arg(QString(200, QLatin1Char('x')))
                                          .toUtf8()));
        {
            wm::SearchIndex create;
            wm::SearchIndex::OpenOptions o;
            o.userPath = true;
            QCOMPARE(create.open(db, wm::SearchIndex::canonicalRoot(root), o, nullptr),
                     wm::SearchIndex::Status::Created);
        }
        std::atomic<bool> done{false};
        wm::IndexStats stats;
        std::thread writer([&] {
            stats = indexFolder(root, db, true, nullptr, 25);
            done = true;
        });

        wm::SearchIndex reader;
        wm::SearchIndex::OpenOptions o;
        o.create = false;
        o.userPath = true;
        o.fullCheckBelowBytes = 0;
        QCOMPARE(reader.open(db, wm::SearchIndex::canonicalRoot(root), o, nullptr),
                 wm::SearchIndex::Status::Opened);
        wm::SearchEngine engine(reader.db());
        qint64 last = 0;
        int searches = 0, growing = 0;
        wm::SearchQuery q;
        q.text = QStringLiteral("commonword");
        q.limit = 5;
        while (!done.load()) {
            const wm::SearchResult r = engine.search(q);
            QVERIFY2(r.ok(), qPrintable(r.error));
            QVERIFY2(r.total >= last, "a reader saw the index shrink");
            // The page agrees with the count of the same snapshot.
            QCOMPARE(qint64(r.hits.size()), std::min<qint64>(r.total, q.limit));
            if (r.total > last) ++growing;
            last = r.total;
            ++searches;
        }
        writer.join();
        QVERIFY2(stats.fatalError.isEmpty(), qPrintable(stats.fatalError));
        const wm::SearchResult final = engine.search(q);
        QCOMPARE(final.total, qint64(1500));
        qInfo("%d searches during indexing, %d saw a larger index than the one before", searches,
              growing);
        QVERIFY(searches > 0);
    }
};

QTEST_GUILESS_MAIN(TestSearchConcurrency)
#include "tst_searchconcurrency.moc"
