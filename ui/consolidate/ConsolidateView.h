// SPDX-FileCopyrightText: 2026 WhiteMagic contributors
// SPDX-License-Identifier: MIT

#pragma once

#include "ConsolidateJob.h"

#include <QDateTime>
#include <QWidget>
#include <functional>

class QLabel;
class QPushButton;
class QTreeView;

namespace wm::ui {

class ConsolidateToolbar;
class MainWindow;
class MergeDiffPanel;
class PlanTreeModel;
class RunHistoryPanel;
class StepProgressPanel;

// The Consolidation view: pick (or drop) a memory folder and see the plan
// as a tree grouped by action with the reason for each note; a merge's
// inputs beside its result; Apply with a progress bar per step and Cancel
// up to the point of no return (stated in the view); the folder's previous
// runs with Restore. Every engine runs on a worker (ConsolidateJob); errors
// appear in the view.
class ConsolidateView : public QWidget
{
    Q_OBJECT
public:
    explicit ConsolidateView(QWidget *parent = nullptr);
    ~ConsolidateView() override;

    static ConsolidateView *install(MainWindow &window);

    // Plans `folder` at once (the dry run).
    void setRoot(const QString &folder);
    [[nodiscard]] const QString &root() const { return m_root; }
    // The plan's clock; invalid (the default): now. Tests fix it.
    void setClock(const QDateTime &now) { m_now = now; }
    void plan();
    // Apply and Restore without asking (the buttons ask first).
    void apply();
    void restoreRun(const QString &runId);
    void cancel();
    [[nodiscard]] bool isBusy() const;

    [[nodiscard]] ConsolidateToolbar *toolbar() const { return m_toolbar; }
    [[nodiscard]] PlanTreeModel *planModel() const { return m_model; }
    [[nodiscard]] QTreeView *planView() const { return m_tree; }
    [[nodiscard]] MergeDiffPanel *mergeDiff() const { return m_diff; }
    [[nodiscard]] StepProgressPanel *progress() const { return m_progress; }
    [[nodiscard]] RunHistoryPanel *history() const { return m_history; }
    [[nodiscard]] QLabel *errorLabel() const { return m_error; }
    [[nodiscard]] QLabel *summaryLabel() const { return m_summary; }

Q_SIGNALS:
    // Each sent once the operation's job is idle (the view accepts the next).
    void planShown(const wm::ui::ConsolidationPlanPtr &plan);
    void applyFinished(const wm::ApplyResult &result);
    void restoreFinished(const wm::RestoreResult &result);
    void historyShown(int runs);

protected:
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void buildLayout();
    void connectJob();
    void onPlan(const ConsolidationPlanPtr &plan);
    void onApplied(const ApplyResult &r);
    void onRestored(const RestoreResult &r);
    void onRecovered(const RecoveryResult &r);
    void onCurrentChanged(const QModelIndex &current);
    void confirmApply();
    void confirmRestore(const QString &runId);
    void showError(const QString &text);
    void setBusy(bool busy);
    void updateErrorColor();

    ConsolidateToolbar *m_toolbar;
    QLabel *m_error;
    QPushButton *m_recover;
    QLabel *m_summary;
    StepProgressPanel *m_progress;
    QTreeView *m_tree;
    PlanTreeModel *m_model;
    MergeDiffPanel *m_diff;
    RunHistoryPanel *m_history;
    ConsolidateJob *m_job;
    ConsolidationPlanPtr m_plan;
    QString m_root;
    QDateTime m_now;
    std::function<void()> m_announce; // the result signal, sent when the job is idle
};

} // namespace wm::ui
