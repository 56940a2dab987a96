// SPDX-FileCopyrightText: 2026 WhiteMagic contributors
// SPDX-License-Identifier: MIT

#pragma once

#include "ClusterRows.h"
#include "SimilarityJob.h"
#include "walk/WalkOptions.h"

#include <QElapsedTimer>
#include <QTimer>
#include <QWidget>

class QCheckBox;
class QDoubleSpinBox;
class QLabel;
class QPushButton;
class QTreeView;

namespace wm::ui {

class ClusterTreeModel;
class MainWindow;
class SideBySideDiff;
class SimilarityStatus;

// The Near-duplicates view: the clusters of near-duplicate files of the
// audited folder (FolderSimilarity on a worker thread, its tasks on the
// application's pool) with their scores, a threshold, progress with rate and
// time left, Cancel (Esc), errors in the view, and two members compared side
// by side. The scan starts when the view is shown for a folder it has not
// scanned with the current settings; F5 scans again.
class NearDuplicatesView : public QWidget
{
    Q_OBJECT
public:
    explicit NearDuplicatesView(QWidget *parent = nullptr);
    ~NearDuplicatesView() override;

    // Adds the view to `window` as a tab and follows the window's folder
    // (with the walk settings of its audit).
    static NearDuplicatesView *install(MainWindow &window);

    // The folder to scan: at once when visible, else when next shown.
    void setRoot(const QString &folder, const WalkOptions &walk = {});
    [[nodiscard]] const QString &root() const { return m_root; }
    void setThreshold(double threshold);
    [[nodiscard]] double threshold() const;
    // Starts a scan now (cancelling one in flight).
    void scan();
    void cancel();
    [[nodiscard]] bool isScanning() const;
    // Compares two members (indexes of the tree's model) side by side.
    void compare(const QModelIndex &a, const QModelIndex &b);

    [[nodiscard]] QTreeView *treeView() const { return m_tree; }
    [[nodiscard]] ClusterTreeModel *model() const { return m_model; }
    [[nodiscard]] SideBySideDiff *diffView() const { return m_diff; }
    [[nodiscard]] SimilarityStatus *status() const { return m_status; }
    [[nodiscard]] QLabel *errorLabel() const { return m_error; }
    [[nodiscard]] QDoubleSpinBox *thresholdBox() const { return m_threshold; }
    [[nodiscard]] QCheckBox *bodyOnlyBox() const { return m_bodyOnly; }
    [[nodiscard]] FolderSimilarityResultPtr lastResult() const { return m_result; }

    static constexpr int rescanDelayMs = 400;

Q_SIGNALS:
    // After a scan ended and its rows are all in the model (also when it was
    // cancelled or failed: then the error label says why).
    void scanFinished(const wm::ui::FolderSimilarityResultPtr &result);

protected:
    void showEvent(QShowEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void buildLayout();
    void connectSignals();
    void onFinished(const FolderSimilarityResultPtr &result, const ClusterRowsPtr &rows);
    void onRowsInserted(const QModelIndex &parent, int first, int last);
    void onSelectionChanged();
    void showError(const QString &text);
    void updateErrorColor();
    void openMember(const QModelIndex &index);
    [[nodiscard]] QString summaryText(const FolderSimilarityResult &r) const;
    [[nodiscard]] QString settingsKey() const;

    QLabel *m_folder;
    QDoubleSpinBox *m_threshold;
    QCheckBox *m_bodyOnly;
    QPushButton *m_scan;
    QLabel *m_error;
    SimilarityStatus *m_status;
    QTreeView *m_tree;
    ClusterTreeModel *m_model;
    SideBySideDiff *m_diff;
    SimilarityJob *m_job;
    QTimer m_rescan;
    QElapsedTimer m_clock;
    FolderSimilarityResultPtr m_result;
    QString m_root;
    WalkOptions m_walk;
    QString m_scannedKey; // root and settings of the last complete scan
    bool m_scanAfterStop = false;
};

} // namespace wm::ui
