// SPDX-FileCopyrightText: 2026 WhiteMagic contributors
// SPDX-License-Identifier: MIT
//
// The audit's models under QAbstractItemModelTester while an audit streams
// into them (with the sort column and the filters changing mid-scan), and
// their contents against independent references: the proxy's order against
// std::stable_sort of the same rows, the folder totals against the files on
// disk (QDirIterator), the live merge against a full sort.
#include "UiTestSupport.h"
#include "jobs/AuditJob.h"
#include "models/AuditColumns.h"
#include "models/AuditProxyModel.h"
#include "models/AuditTableModel.h"
#include "models/ErrorListModel.h"
#include "models/FolderTreeModel.h"
#include "models/PermutationSort.h"
#include "views/AuditView.h"

#include <QAbstractItemModelTester>
#include <QDirIterator>
#include <QItemSelectionModel>
#include <QRandomGenerator>
#include <QSettings>
#include <QTemporaryDir>
#include <QtTest>
#include <map>

using namespace wm;
using namespace wm::ui;

namespace {

bool referenceLess(const FileRecord &a, const FileRecord &b, int column, Qt::SortOrder order,
                   int ra, int rb)
{
    const int c = PermutationSort::compare(a, b, column);
    if (c != 0) return order == Qt::DescendingOrder ? c > 0 : c < 0;
    return ra < rb;
}

// The rows the proxy should show, computed from scratch.
QStringList expectedPaths(const AuditTableModel &m, int column, Qt::SortOrder order,
                          const QString &text, const QString &folder)
{
    std::vector<int> rows;
    for (int r = 0; r < m.rowCount(); ++r) {
        const FileRecord &rec = m.record(r);
        if (!folder.isEmpty() && !rec.path.startsWith(folder)) continue; // "a/b/" form
        if (!text.isEmpty() && !rec.path.contains(text, Qt::CaseInsensitive) &&
            !rec.language.contains(text, Qt::CaseInsensitive))
            continue;
        rows.push_back(r);
    }
    if (column >= 0)
        std::stable_sort(rows.begin(), rows.end(), [&](int a, int b) {
            return referenceLess(m.record(a), m.record(b), column, order, a, b);
        });
    QStringList out;
    for (int r : rows)
        out << m.record(r).path;
    return out;
}

QStringList proxyPaths(const AuditProxyModel &p)
{
    QStringList out;
    for (int r = 0; r < p.rowCount(); ++r)
        out << p.index(r, AuditColumns::Path).data(AuditTableModel::PathRole).toString();
    return out;
}

void waitForSort(AuditProxyModel &p)
{
    QTRY_VERIFY_WITH_TIMEOUT(!p.isSorting(), 30000);
}

FileRecord fakeRecord(int i, QRandomGenerator &rng)
{
    FileRecord r;
    r.path = QStringLiteral("d%1/F%2-%3.txt").arg(rng.bounded(20)).arg(rng.bounded(500)).arg(i);
    r.language = rng.bounded(3) == 0 ? QStringLiteral("c++") : QStringLiteral("Python");
    r.bytes = rng.bounded(50); // many ties on purpose
    r.lines = rng.bounded(1000);
    r.tokens = rng.bounded(5);
    r.summary = rng.bounded(2) ? QStringLiteral("Alpha") : QStringLiteral("alpha");
    return r;
}

} // namespace

class TestUiModels : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_config.isValid());
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_config.path());
        wmtest::setupApp();
        QVERIFY(m_tree.isValid());
        m_files = wmtest::makeTree(m_tree.path(), 60, 40);
        QCOMPARE(m_files, 2400);
    }

    void streamingUnderModelTester()
    {
        AuditView view;
        QAbstractItemModelTester t1(&view.tableModel(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester t2(view.proxyModel(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester t3(view.folderModel(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester t4(view.errorModel(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
        view.show();
        AuditOptions o;
        o.walk.root = m_tree.path();
        o.batchIntervalMs = 2; // many small batches
        o.batchSize = 64;
        AuditJob job(o);
        view.begin(m_tree.path());
        int batches = 0;
        AuditProxyModel *proxy = view.proxyModel();
        QObject::connect(&job, &AuditJob::batchReady, &view, [&](const AuditBatchPtr &b) {
            view.addBatch(b);
            // Change how the table is sorted and filtered while rows stream.
            switch (++batches % 6) {
            case 1:
                proxy->sort(AuditColumns::Lines, Qt::DescendingOrder);
                break;
            case 2:
                proxy->setTextFilter(QStringLiteral("PY"));
                break;
            case 3:
                proxy->sort(AuditColumns::Path, Qt::AscendingOrder);
                break;
            case 4:
                proxy->setFolderFilter(QStringLiteral("top1"));
                break;
            case 5:
                proxy->setTextFilter(QString());
                break;
            default:
                proxy->setFolderFilter(QString());
                break;
            }
        });
        QSignalSpy finished(&job, &WorkerJob::finished);
        QVERIFY(job.start());
        QVERIFY(finished.wait(120000));
        waitForSort(*proxy);
        // AuditJob merges whatever arrived while the GUI thread was busy into
        // one batch (by design: the window stays responsive), so a slow GUI
        // thread (ASan, a loaded CI machine) may see only the first batch and
        // the rest; the first one's sort change still lands while rows stream.
        QVERIFY2(batches >= 2, qPrintable(QStringLiteral("only %1 batches").arg(batches)));
        QCOMPARE(view.tableModel().rowCount(), m_files);

        for (const auto &[col, order] : {std::pair{int(AuditColumns::Bytes), Qt::DescendingOrder},
                                         std::pair{int(AuditColumns::Summary), Qt::AscendingOrder},
                                         std::pair{int(AuditColumns::Path), Qt::DescendingOrder}}) {
            proxy->sort(col, order);
            waitForSort(*proxy);
            QCOMPARE(proxyPaths(*proxy), expectedPaths(view.tableModel(), col, order,
                                                       proxy->textFilter(), proxy->folderFilter()));
        }
        proxy->setTextFilter(QStringLiteral("file1"));
        proxy->setFolderFilter(QStringLiteral("top2/mid3"));
        QCOMPARE(proxyPaths(*proxy),
                 expectedPaths(view.tableModel(), AuditColumns::Path, Qt::DescendingOrder,
                               QStringLiteral("file1"), QStringLiteral("top2/mid3/")));
        QVERIFY(proxy->rowCount() > 0);
        checkFolderTotals(*view.folderModel(), view.folderModel()->rootIndex());
        QCOMPARE(view.errorModel()->count(), 0);
    }

    // The merge of each sorted batch gives exactly a full sort's order.
    void liveMergeEqualsFullSort_data()
    {
        QTest::addColumn<int>("column");
        QTest::addColumn<int>("order");
        for (int c = 0; c < AuditColumns::Count; ++c) {
            QTest::addRow("%s asc", qPrintable(AuditColumns::key(c)))
                << c << int(Qt::AscendingOrder);
            QTest::addRow("%s desc", qPrintable(AuditColumns::key(c)))
                << c << int(Qt::DescendingOrder);
        }
    }
    void liveMergeEqualsFullSort()
    {
        QFETCH(int, column);
        QFETCH(int, order);
        AuditTableModel table;
        AuditProxyModel proxy;
        proxy.setAuditSource(&table);
        QAbstractItemModelTester tester(&proxy,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        table.clear(QStringLiteral("/x"));
        proxy.sort(column, Qt::SortOrder(order));
        QRandomGenerator rng(1234 + uint(column));
        int n = 0;
        for (int batch = 0; batch < 12; ++batch) {
            std::vector<FileRecord> records;
            const int size = int(rng.bounded(1, 900));
            for (int i = 0; i < size; ++i)
                records.push_back(fakeRecord(n++, rng));
            table.appendBatch(std::move(records));
            if (batch == 6) proxy.setTextFilter(QStringLiteral("c++"));
        }
        waitForSort(proxy);
        QCOMPARE(proxy.rowCount(),
                 int(expectedPaths(table, column, Qt::SortOrder(order), QStringLiteral("c++"), {})
                         .size()));
        QCOMPARE(proxyPaths(proxy),
                 expectedPaths(table, column, Qt::SortOrder(order), QStringLiteral("c++"), {}));
    }

    // A large table re-sorts in the background; rows arriving meanwhile are
    // merged in when the result is swapped in.
    void backgroundSortWithRowsArriving()
    {
        AuditTableModel table;
        AuditProxyModel proxy;
        proxy.setAuditSource(&table);
        QAbstractItemModelTester tester(&proxy,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        table.clear(QStringLiteral("/x"));
        QRandomGenerator rng(99);
        std::vector<FileRecord> records;
        for (int i = 0; i < 30000; ++i)
            records.push_back(fakeRecord(i, rng));
        table.appendBatch(std::move(records));
        proxy.sort(AuditColumns::Path, Qt::AscendingOrder);
        QVERIFY(proxy.isSorting());
        std::vector<FileRecord> more;
        for (int i = 0; i < 500; ++i)
            more.push_back(fakeRecord(30000 + i, rng));
        table.appendBatch(std::move(more)); // while the sort runs
        waitForSort(proxy);
        QCOMPARE(proxyPaths(proxy),
                 expectedPaths(table, AuditColumns::Path, Qt::AscendingOrder, {}, {}));
    }

    // The selection stays on its file while sorted batches move rows.
    void selectionFollowsItsRow()
    {
        AuditTableModel table;
        AuditProxyModel proxy;
        proxy.setAuditSource(&table);
        table.clear(QStringLiteral("/x"));
        proxy.sort(AuditColumns::Lines, Qt::DescendingOrder);
        QRandomGenerator rng(7);
        std::vector<FileRecord> first;
        for (int i = 0; i < 300; ++i)
            first.push_back(fakeRecord(i, rng));
        table.appendBatch(std::move(first));
        QItemSelectionModel sel(&proxy);
        const QModelIndex chosen = proxy.index(150, 0);
        const QString path = chosen.data(AuditTableModel::PathRole).toString();
        sel.setCurrentIndex(chosen, QItemSelectionModel::SelectCurrent | QItemSelectionModel::Rows);
        for (int b = 0; b < 5; ++b) {
            std::vector<FileRecord> more;
            for (int i = 0; i < 200; ++i)
                more.push_back(fakeRecord(1000 * (b + 1) + i, rng));
            table.appendBatch(std::move(more));
        }
        QCOMPARE(sel.currentIndex().data(AuditTableModel::PathRole).toString(), path);
        QVERIFY(sel.currentIndex().row() != 150 || proxy.rowCount() == 300);
    }

private:
    // Files and bytes of every folder against the files on disk.
    void checkFolderTotals(FolderTreeModel &m, const QModelIndex &index)
    {
        const QString rel = index.data(FolderTreeModel::FolderPathRole).toString();
        const QString dir = rel.isEmpty() ? m_tree.path() : m_tree.path() + QLatin1Char('/') + rel;
        qint64 files = 0, bytes = 0;
        QDirIterator it(dir, QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            it.next();
            ++files;
            bytes += it.fileInfo().size();
        }
        QCOMPARE(m.index(index.row(), FolderTreeModel::Files, index.parent())
                     .data()
                     .toString()
                     .remove(QLocale().groupSeparator())
                     .toLongLong(),
                 files);
        const QString tip =
            m.index(index.row(), FolderTreeModel::Bytes, index.parent()).data().toString();
        QVERIFY2(!tip.isEmpty(), qPrintable(rel));
        QCOMPARE(m.bytesOf(index), bytes);
        // Children largest first.
        for (int r = 1; r < m.rowCount(index); ++r)
            QVERIFY(m.bytesOf(m.index(r - 1, 0, index)) >= m.bytesOf(m.index(r, 0, index)));
        for (int r = 0; r < m.rowCount(index); ++r)
            checkFolderTotals(m, m.index(r, 0, index));
    }

    QTemporaryDir m_config;
    QTemporaryDir m_tree;
    int m_files = 0;
};

QTEST_MAIN(TestUiModels)
#include "tst_uimodels.moc"
