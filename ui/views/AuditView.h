// SPDX-FileCopyrightText: 2026 WhiteMagic contributors
// SPDX-License-Identifier: MIT

#pragma once

#include "jobs/AuditBatch.h"

#include <QWidget>

class QLineEdit;
class QSplitter;
class QTabWidget;
class QTableView;

namespace wm::ui {

class AuditProxyModel;
class AuditTableModel;
class ErrorListModel;
class ErrorsPanel;
class FilePreview;
class FolderTreeModel;
class FolderTreeView;
class TotalsStrip;

// The audit: the folder tree (totals per folder, largest first) beside the
// file table (filter box above, totals below), and under them the preview
// of the selected file and the errors panel. Fed by MainWindow one batch at
// a time; every model inserts a batch with one insert.
class AuditView : public QWidget
{
    Q_OBJECT
public:
    explicit AuditView(QWidget *parent = nullptr);

    void begin(const QString &root);
    void addBatch(const AuditBatchPtr &batch);
    void finish(const AuditOutcome &outcome);
    void focusFilter();

    [[nodiscard]] QByteArray saveState() const;
    void restoreState(const QByteArray &state);

    [[nodiscard]] AuditTableModel &tableModel() const { return *m_table; }
    [[nodiscard]] AuditProxyModel *proxyModel() const { return m_proxy; }
    [[nodiscard]] FolderTreeModel *folderModel() const { return m_folders; }
    [[nodiscard]] ErrorListModel *errorModel() const { return m_errors; }
    [[nodiscard]] QTableView *tableView() const { return m_tableView; }
    [[nodiscard]] FolderTreeView *folderView() const { return m_folderView; }
    [[nodiscard]] FilePreview *preview() const { return m_preview; }
    [[nodiscard]] QTabWidget *detailTabs() const { return m_detailTabs; }
    [[nodiscard]] QLineEdit *filterEdit() const { return m_filter; }

private:
    void setupTable();
    void updateTotals();
    void updateErrorsTab(int count);
    void onCurrentRowChanged(const QModelIndex &current);

    AuditTableModel *m_table;
    AuditProxyModel *m_proxy;
    FolderTreeModel *m_folders;
    ErrorListModel *m_errors;
    QLineEdit *m_filter;
    QTableView *m_tableView;
    TotalsStrip *m_totals;
    FolderTreeView *m_folderView;
    FilePreview *m_preview;
    ErrorsPanel *m_errorsPanel;
    QTabWidget *m_detailTabs;
    QSplitter *m_hsplit;
    QSplitter *m_vsplit;
    int m_errorsTab = -1;
};

} // namespace wm::ui
