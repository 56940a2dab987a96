// SPDX-FileCopyrightText: 2026 WhiteMagic contributors
// SPDX-License-Identifier: MIT
//
// The window: a dropped folder is audited (dropped on the window or on a
// child), invalid drops are refused with a message, the exported reports
// are byte-identical to the wm binary's for the same folder and options,
// Copy Report fills the clipboard, Stop cancels a large audit quickly, the
// preview shows the selected file, and the actions have standard keys.
#include "UiTestSupport.h"
#include "models/AuditProxyModel.h"
#include "models/AuditTableModel.h"
#include "views/AuditView.h"
#include "views/FilePreview.h"
#include "window/MainWindowActions.h"

#include <QAction>
#include <QClipboard>
#include <QElapsedTimer>
#include <QMimeData>
#include <QSettings>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QtTest>

using namespace wm;
using namespace wm::ui;

namespace {

// Sends the drag-enter and drop a file manager would; true if accepted.
bool dropUrls(QWidget *target, const QList<QUrl> &urls)
{
    QMimeData mime;
    mime.setUrls(urls);
    const QPoint pos = target->rect().center();
    QDragEnterEvent enter(pos, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(target, &enter);
    QDropEvent drop(QPointF(pos), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(target, &drop);
    return drop.isAccepted();
}

} // namespace

class TestMainWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_config.isValid());
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_config.path());
        wmtest::setupApp();
        QVERIFY(m_tree.isValid());
        m_files = wmtest::makeTree(m_tree.path(), 30, 20);
        QVERIFY(m_files > 0);
        QVERIFY(wmtest::writeFile(m_tree.path(), QStringLiteral("README.md"),
                                  "# Sample\n\nA tree for the window's tests.\n"));
        ++m_files;
    }

    // Every view's tab shows an icon, also where no icon theme is installed
    // (offscreen here): each falls back to one bundled in the resources.
    void everyViewTabHasAnIcon()
    {
        MainWindow w;
        QTabWidget *tabs = w.viewTabs();
        QVERIFY(tabs->count() >= 2);
        for (int i = 0; i < tabs->count(); ++i)
            QVERIFY2(!tabs->tabIcon(i).pixmap(16, 16).isNull(), qPrintable(tabs->tabText(i)));
    }

    void dropFolderOnWindowAndChild_data()
    {
        QTest::addColumn<bool>("onChild");
        QTest::newRow("window") << false;
        QTest::newRow("table viewport") << true;
    }
    void dropFolderOnWindowAndChild()
    {
        QFETCH(bool, onChild);
        MainWindow w;
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QSignalSpy started(&w, &MainWindow::auditStarted);
        QSignalSpy finished(&w, &MainWindow::auditFinished);
        QWidget *target = onChild ? w.auditView()->tableView()->viewport() : &w;
        QVERIFY(dropUrls(target, {QUrl::fromLocalFile(m_tree.path())}));
        QCOMPARE(started.count(), 1);
        QVERIFY(finished.wait(60000));
        QCOMPARE(w.auditView()->proxyModel()->rowCount(), m_files);
        QCOMPARE(w.currentRoot(), QDir::cleanPath(m_tree.path()));
    }

    void invalidDropsAreRefused_data()
    {
        QTest::addColumn<QList<QUrl>>("urls");
        QTest::newRow("file") << QList<QUrl>{
            QUrl::fromLocalFile(m_tree.path() + QStringLiteral("/README.md"))};
        QTest::newRow("two folders") << QList<QUrl>{QUrl::fromLocalFile(m_tree.path()),
                                                    QUrl::fromLocalFile(QDir::tempPath())};
        QTest::newRow("remote") << QList<QUrl>{QUrl(QStringLiteral("https://example.org/src/"))};
        QTest::newRow("missing") << QList<QUrl>{
            QUrl::fromLocalFile(m_tree.path() + QStringLiteral("/no-such-folder"))};
    }
    void invalidDropsAreRefused()
    {
        QFETCH(QList<QUrl>, urls);
        MainWindow w;
        w.show();
        QSignalSpy started(&w, &MainWindow::auditStarted);
        QVERIFY(!dropUrls(&w, urls));
        QCOMPARE(started.count(), 0);
        QVERIFY(!w.isAuditRunning());
        QVERIFY(!w.statusBar()->currentMessage().isEmpty());
    }

    void exportMatchesCli_data()
    {
        QTest::addColumn<QString>("format");
        QTest::addColumn<qint64>("budget");
        QTest::newRow("md") << QStringLiteral("md") << qint64(0);
        QTest::newRow("md budget 400") << QStringLiteral("md") << qint64(400);
        QTest::newRow("md budget 3000") << QStringLiteral("md") << qint64(3000);
        QTest::newRow("json") << QStringLiteral("json") << qint64(0);
        QTest::newRow("csv") << QStringLiteral("csv") << qint64(0);
    }
    void exportMatchesCli()
    {
        QFETCH(QString, format);
        QFETCH(qint64, budget);
        MainWindow w;
        AppSettings s; // the defaults are wm audit's defaults
        s.budgetTokens = budget;
        s.excludes = {QStringLiteral("*.py")};
        w.setSettings(s, false);
        const AuditOutcome o = wmtest::auditAndWait(w, m_tree.path());
        QVERIFY(o.fatalError.isEmpty());
        QVERIFY(o.totals.files > 0);
        QTemporaryDir out;
        const QString path = out.filePath(QStringLiteral("report.") + format);
        QCOMPARE(w.exportTo(path, format), QString());
        const QByteArray mine = wmtest::readFile(path);

        QStringList args{QStringLiteral("audit"), QStringLiteral("--format"), format};
        args << s.cliArguments() << QDir::cleanPath(m_tree.path());
        const wmtest::ProcessResult cli = wmtest::wm(args);
        QVERIFY2(cli.started, "the wm binary did not start");
        QCOMPARE(cli.exitCode, 0);
        QVERIFY(!cli.out.isEmpty());
        if (format == QLatin1String("md")) {
            QVERIFY(mine.contains("- Date: "));
            QVERIFY(mine.contains("\n- Hexagram of this audit: "));
            QVERIFY(cli.out.contains("\n- Hexagram of this audit: "));
            QCOMPARE(wmtest::withoutDate(mine), wmtest::withoutDate(cli.out));
        } else {
            QCOMPARE(mine, cli.out);
        }
        if (format == QLatin1String("md")) {
            w.windowActions()->copyReport->trigger();
            QCOMPARE(wmtest::withoutDate(QApplication::clipboard()->text().toUtf8()),
                     wmtest::withoutDate(mine));
        }
    }

    void exportToUnwritablePathFails()
    {
        MainWindow w;
        wmtest::auditAndWait(w, m_tree.path());
        const QString error = w.exportTo(m_tree.path() + QStringLiteral("/no/such/dir/report.md"),
                                         QStringLiteral("md"));
        QVERIFY(!error.isEmpty());
    }

    void stopCancelsLargeAudit()
    {
        QTemporaryDir big;
        QVERIFY(big.isValid());
        const int n = wmtest::makeTree(big.path(), 400, 50); // 20,000 files
        QCOMPARE(n, 20000);
        MainWindow w;
        w.show();
        QSignalSpy finished(&w, &MainWindow::auditFinished);
        QSignalSpy batches(&w, &MainWindow::batchShown);
        QVERIFY(w.startAudit(big.path()));
        QVERIFY(batches.wait(30000));
        QVERIFY(w.isAuditRunning());
        QElapsedTimer clock;
        clock.start();
        w.windowActions()->stop->trigger();
        QVERIFY(finished.wait(30000));
        const qint64 ms = clock.elapsed();
        qInfo("Stop took %lld ms (%d rows shown)", ms, w.auditView()->proxyModel()->rowCount());
        const AuditOutcome o = finished.takeFirst().at(0).value<AuditOutcome>();
        QVERIFY(o.cancelled);
        QVERIFY(w.auditView()->proxyModel()->rowCount() < n);
        // The target is 100 ms; a loaded CI machine gets slack, not a pass
        // for a Stop that does not work.
        QVERIFY2(ms < 1500, qPrintable(QStringLiteral("Stop took %1 ms").arg(ms)));
        QVERIFY(!w.isAuditRunning());
        QVERIFY(w.windowActions()->rescan->isEnabled() || !o.fatalError.isEmpty());
    }

    void previewShowsSelectedFile()
    {
        MainWindow w;
        w.show();
        wmtest::auditAndWait(w, m_tree.path());
        AuditProxyModel *p = w.auditView()->proxyModel();
        p->setTextFilter(QStringLiteral("README"));
        QCOMPARE(p->rowCount(), 1);
        w.auditView()->tableView()->setCurrentIndex(p->index(0, 0));
        QTRY_VERIFY(w.auditView()->preview()->text().startsWith(QStringLiteral("# Sample")));
    }

    void standardShortcuts()
    {
        MainWindow w;
        MainWindowActions *a = w.windowActions();
        QCOMPARE(a->open->shortcut(), QKeySequence(QKeySequence::Open));
        QCOMPARE(a->rescan->shortcut(), QKeySequence(QKeySequence::Refresh));
        QCOMPARE(a->stop->shortcut(), QKeySequence(QKeySequence::Cancel));
        for (QAction *act : {a->open, a->rescan, a->stop, a->exportReport, a->copyReport,
                             a->exportJson, a->exportCsv, a->settings, a->quit})
            QVERIFY2(!act->shortcut().isEmpty(), qPrintable(act->text()));
    }

private:
    QTemporaryDir m_config;
    QTemporaryDir m_tree;
    int m_files = 0;
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
