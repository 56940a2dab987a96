// SPDX-FileCopyrightText: 2026 WhiteMagic contributors
// SPDX-License-Identifier: MIT

#include "MainWindow.h"

#include "Icons.h"
#include "MainWindowActions.h"
#include "RecentFolders.h"
#include "ReportExporter.h"
#include "ScanStatus.h"
#include "UiLogging.h"
#include "balance/BalancePanel.h"
#include "consolidate/ConsolidateView.h"
#include "jobs/AuditJob.h"
#include "jobs/ThreadBudget.h"
#include "search/SearchView.h"
#include "settings/SettingsDialog.h"
#include "similarity/NearDuplicatesView.h"
#include "views/AuditView.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QCloseEvent>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>
#include <QMimeData>
#include <QSettings>
#include <QStatusBar>
#include <QTabWidget>

namespace wm::ui {

MainWindow::MainWindow(QWidget *parent) : QMainWindow(parent)
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowIcon(Icons::app());
    setAcceptDrops(true);
    QSettings qs;
    m_settings = AppSettings::load(qs);
    ThreadBudget::setThreads(m_settings.threads);

    m_actions = new MainWindowActions(this);
    m_recent = new RecentFolders(m_actions->recentMenu, this);
    m_recent->setFolders(m_settings.recentFolders);
    m_tabs = new QTabWidget(this);
    m_tabs->setDocumentMode(true);
    setCentralWidget(m_tabs);
    m_auditView = new AuditView(this);
    addView(m_auditView, Icons::audit(), tr("Audit"));
    SearchView::install(*this); // its tab, index progress, Ctrl+Shift+F
    BalancePanel::addTo(*this);
    NearDuplicatesView::install(*this); // follows the audited folder
    ConsolidateView::install(*this);
    m_status = new ScanStatus(this);
    statusBar()->addPermanentWidget(m_status, 0);
    statusBar()->setSizeGripEnabled(true);
    connectActions();
    restoreWindowState();
    updateTitle();
    showMessage(tr("Open a folder, or drop one on the window, to audit it."), 0);
}

MainWindow::~MainWindow() = default;

int MainWindow::addView(QWidget *view, const QIcon &icon, const QString &title)
{
    const int i = m_tabs->addTab(view, icon, title);
    m_tabs->setTabBarAutoHide(true); // one view needs no tab bar
    return i;
}

void MainWindow::connectActions()
{
    connect(m_actions->open, &QAction::triggered, this, &MainWindow::chooseFolder);
    connect(m_actions->rescan, &QAction::triggered, this, [this] {
        if (!m_root.isEmpty()) startAudit(m_root);
    });
    connect(m_actions->stop, &QAction::triggered, this, &MainWindow::stopAudit);
    connect(m_actions->exportReport, &QAction::triggered, this,
            [this] { exportInteractive(QStringLiteral("md")); });
    connect(m_actions->exportJson, &QAction::triggered, this,
            [this] { exportInteractive(QStringLiteral("json")); });
    connect(m_actions->exportCsv, &QAction::triggered, this,
            [this] { exportInteractive(QStringLiteral("csv")); });
    connect(m_actions->copyReport, &QAction::triggered, this, &MainWindow::copyReport);
    connect(m_actions->settings, &QAction::triggered, this, &MainWindow::openSettings);
    connect(m_actions->quit, &QAction::triggered, this, &QWidget::close);
    connect(m_actions->about, &QAction::triggered, this, &MainWindow::showAbout);
    connect(m_actions->focusFilter, &QAction::triggered, m_auditView, &AuditView::focusFilter);
    connect(m_recent, &RecentFolders::folderChosen, this, &MainWindow::startAudit);
    connect(m_status, &ScanStatus::stopRequested, this, &MainWindow::stopAudit);
}

void MainWindow::setSettings(const AppSettings &settings, bool persist)
{
    m_settings = settings;
    m_persistSettings = persist;
    ThreadBudget::setThreads(m_settings.threads);
    if (!persist) return;
    QSettings qs;
    m_settings.save(qs);
}

bool MainWindow::startAudit(const QString &folder)
{
    const QFileInfo info(folder);
    if (!info.exists() || !info.isDir()) {
        showMessage(tr("Not a folder: %1").arg(QDir::toNativeSeparators(folder)));
        return false;
    }
    m_job.reset(); // cancels and joins a running scan; its queued batches die with it
    m_root = QDir::cleanPath(info.absoluteFilePath());
    m_hasOutcome = false;
    m_auditView->begin(m_root);
    m_recent->add(m_root);
    m_settings.recentFolders = m_recent->folders();
    if (m_persistSettings) {
        QSettings qs;
        qs.setValue(QStringLiteral("recentFolders"), m_settings.recentFolders);
    }
    m_job = std::make_unique<AuditJob>(m_settings.auditOptions(m_root));
    connect(m_job.get(), &AuditJob::batchReady, this, &MainWindow::onBatch);
    connect(m_job.get(), &AuditJob::auditFinished, this, &MainWindow::onFinished);
    m_status->begin();
    m_actions->setScanState(true, false);
    updateTitle();
    showMessage(tr("Auditing %1…").arg(QDir::toNativeSeparators(m_root)), 0);
    m_job->start();
    Q_EMIT auditStarted(m_root);
    return true;
}

void MainWindow::stopAudit()
{
    if (!isAuditRunning()) return;
    m_job->cancel();
    m_status->stopping();
}

bool MainWindow::isAuditRunning() const
{
    return m_job && m_job->isRunning();
}

void MainWindow::onBatch(const AuditBatchPtr &batch)
{
    m_auditView->addBatch(batch);
    m_status->update(batch->progress, batch->elapsedMs);
    Q_EMIT batchShown(batch);
}

void MainWindow::onFinished(const AuditOutcome &outcome)
{
    m_outcome = outcome;
    m_hasOutcome = outcome.fatalError.isEmpty();
    m_auditView->finish(outcome);
    m_status->finish(outcome);
    m_actions->setScanState(false, m_hasOutcome);
    if (!outcome.fatalError.isEmpty()) {
        showMessage(tr("Cannot audit: %1").arg(outcome.fatalError), 0);
        QMessageBox::warning(this, tr("Cannot audit"), outcome.fatalError);
    } else if (outcome.totals.files == 0) {
        showMessage(tr("No files found: ignore files, hidden files or the include/exclude "
                       "globs in Settings may hide them."),
                    0);
    } else if (outcome.cancelled) {
        showMessage(tr("Stopped: the figures are partial."), 0);
    } else {
        showMessage(tr("Audited %Ln file(s).", nullptr, int(outcome.totals.files)), 0);
    }
    Q_EMIT auditFinished(outcome);
}

QString MainWindow::markdownReport() const
{
    if (!m_hasOutcome) return {};
    return ReportExporter::markdown(m_auditView->tableModel(), m_outcome, m_settings.budgetTokens);
}

QString MainWindow::exportTo(const QString &path, const QString &format)
{
    if (!m_hasOutcome) return tr("There is no finished audit to export.");
    return ReportExporter::write(path, format, m_auditView->tableModel(), m_outcome,
                                 m_settings.budgetTokens);
}

void MainWindow::exportInteractive(const QString &format)
{
    const QString base = QFileInfo(m_root).fileName();
    const QString suggested =
        QDir(QDir::homePath())
            .filePath(QStringLiteral("%1-audit.%2")
                          .arg(base.isEmpty() ? QStringLiteral("folder") : base, format));
    const QString filter = format == QLatin1String("md")     ? tr("Markdown (*.md)")
                           : format == QLatin1String("json") ? tr("JSON (*.json)")
                                                             : tr("CSV (*.csv)");
    const QString path = QFileDialog::getSaveFileName(this, tr("Export Report"), suggested, filter);
    if (path.isEmpty()) return;
    const QString error = exportTo(path, format);
    if (!error.isEmpty()) {
        QMessageBox::critical(this, tr("Export failed"), error);
        return;
    }
    showMessage(tr("Saved %1").arg(QDir::toNativeSeparators(path)));
}

void MainWindow::copyReport()
{
    const QString report = markdownReport();
    if (report.isEmpty()) return;
    QApplication::clipboard()->setText(report);
    showMessage(tr("Report copied to the clipboard."));
}

void MainWindow::openSettings()
{
    SettingsDialog dialog(m_settings, this);
    if (dialog.exec() != QDialog::Accepted) return;
    AppSettings s = dialog.settings();
    s.recentFolders = m_settings.recentFolders;
    const bool newLanguage = s.language != m_settings.language;
    setSettings(s);
    showMessage(newLanguage ? tr("Settings saved; the language changes when WhiteMagic is "
                                 "restarted, the rest applies from the next scan.")
                            : tr("Settings saved; they apply from the next scan."));
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About WhiteMagic"),
                       tr("<h3>WhiteMagic %1</h3><p>Understand a folder in seconds, at native "
                          "speed.</p><p>The same engine as the <code>wm</code> command.</p>")
                           .arg(QStringLiteral(WM_VERSION)));
}

void MainWindow::chooseFolder()
{
    const QString start = m_root.isEmpty() ? QDir::homePath() : m_root;
    const QString dir = QFileDialog::getExistingDirectory(this, tr("Audit Folder"), start);
    if (!dir.isEmpty()) startAudit(dir);
}

void MainWindow::showMessage(const QString &text, int timeoutMs)
{
    statusBar()->showMessage(text, timeoutMs);
}

void MainWindow::updateTitle()
{
    setWindowTitle(m_root.isEmpty() ? tr("WhiteMagic")
                                    : tr("%1 — WhiteMagic").arg(QDir::toNativeSeparators(m_root)));
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    // Accept anything with URLs so a refused drop can say why on release.
    if (event->mimeData()->hasUrls()) event->acceptProposedAction();
}

void MainWindow::dragMoveEvent(QDragMoveEvent *event)
{
    if (event->mimeData()->hasUrls()) event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent *event)
{
    const QList<QUrl> urls = event->mimeData()->urls();
    QString refusal;
    if (urls.size() != 1) {
        refusal = tr("Drop one folder at a time (got %n item(s)).", nullptr, int(urls.size()));
    } else if (!urls.first().isLocalFile()) {
        refusal =
            tr("Only local folders can be audited, not %1.").arg(urls.first().toDisplayString());
    } else if (!QFileInfo::exists(urls.first().toLocalFile())) {
        refusal =
            tr("%1 does not exist.").arg(QDir::toNativeSeparators(urls.first().toLocalFile()));
    } else if (!QFileInfo(urls.first().toLocalFile()).isDir()) {
        refusal = tr("%1 is a file: drop a folder to audit it.")
                      .arg(QDir::toNativeSeparators(urls.first().toLocalFile()));
    }
    if (!refusal.isEmpty()) {
        event->ignore();
        showMessage(refusal);
        qCInfo(lcUiWindow) << "drop refused:" << refusal;
        return;
    }
    event->acceptProposedAction();
    startAudit(urls.first().toLocalFile());
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    m_job.reset();
    saveWindowState();
    event->accept();
}

void MainWindow::restoreWindowState()
{
    QSettings qs;
    qs.beginGroup(QStringLiteral("window"));
    if (!restoreGeometry(qs.value(QStringLiteral("geometry")).toByteArray())) resize(1280, 800);
    restoreState(qs.value(QStringLiteral("state")).toByteArray());
    m_auditView->restoreState(qs.value(QStringLiteral("auditView")).toByteArray());
    qs.endGroup();
}

void MainWindow::saveWindowState() const
{
    QSettings qs;
    qs.beginGroup(QStringLiteral("window"));
    qs.setValue(QStringLiteral("geometry"), saveGeometry());
    qs.setValue(QStringLiteral("state"), saveState());
    qs.setValue(QStringLiteral("auditView"), m_auditView->saveState());
    qs.endGroup();
}

} // namespace wm::ui
