// SPDX-FileCopyrightText: 2026 WhiteMagic contributors
// SPDX-License-Identifier: MIT

#pragma once

#include "jobs/AuditBatch.h"
#include "settings/AppSettings.h"

#include <QMainWindow>
#include <memory>

class QTabWidget;

namespace wm::ui {

class AuditJob;
class AuditView;
class MainWindowActions;
class RecentFolders;
class ScanStatus;

// The application's window: actions, a tab per view, the status bar with
// the scan's progress. The Audit view is built in; other views (search,
// balance, consolidation) plug in with addView().
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    // Extension point: adds `view` as a tab and returns its index. The
    // window owns the view from then on.
    int addView(QWidget *view, const QIcon &icon, const QString &title);
    [[nodiscard]] QTabWidget *viewTabs() const { return m_tabs; }
    [[nodiscard]] AuditView *auditView() const { return m_auditView; }
    [[nodiscard]] MainWindowActions *windowActions() const { return m_actions; }
    [[nodiscard]] ScanStatus *scanStatus() const { return m_status; }
    [[nodiscard]] const AppSettings &settings() const { return m_settings; }
    // `persist` false: for this run only (command-line overrides).
    void setSettings(const AppSettings &settings, bool persist = true);

    // Audits `folder` with the current settings (stopping a running scan).
    // False, with a message in the status bar, when it is not a folder.
    bool startAudit(const QString &folder);
    void stopAudit();
    [[nodiscard]] bool isAuditRunning() const;
    [[nodiscard]] QString currentRoot() const { return m_root; }
    // The Markdown report of the finished scan, as `wm audit --format md`.
    [[nodiscard]] QString markdownReport() const;
    // Writes the report in `format` ("md", "json", "csv") to `path`;
    // returns an error message, empty on success.
    QString exportTo(const QString &path, const QString &format);
    // Shows `text` in the status bar (drops refused, exports done...).
    void showMessage(const QString &text, int timeoutMs = 6000);

Q_SIGNALS:
    void auditStarted(const QString &root);
    void batchShown(const wm::ui::AuditBatchPtr &batch);
    void auditFinished(const wm::ui::AuditOutcome &outcome);

protected:
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dragMoveEvent(QDragMoveEvent *event) override;
    void dropEvent(QDropEvent *event) override;
    void closeEvent(QCloseEvent *event) override;

private:
    void connectActions();
    void onBatch(const AuditBatchPtr &batch);
    void onFinished(const AuditOutcome &outcome);
    void chooseFolder();
    void exportInteractive(const QString &format);
    void copyReport();
    void openSettings();
    void showAbout();
    void restoreWindowState();
    void saveWindowState() const;
    void updateTitle();

    AppSettings m_settings;
    QTabWidget *m_tabs = nullptr;
    AuditView *m_auditView = nullptr;
    MainWindowActions *m_actions = nullptr;
    ScanStatus *m_status = nullptr;
    RecentFolders *m_recent = nullptr;
    std::unique_ptr<AuditJob> m_job;
    AuditOutcome m_outcome;
    bool m_hasOutcome = false;
    bool m_persistSettings = true;
    QString m_root;
};

} // namespace wm::ui
