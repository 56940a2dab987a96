// SPDX-FileCopyrightText: 2026 WhiteMagic contributors
// SPDX-License-Identifier: MIT

#pragma once

#include "ConsolidateJob.h"

#include <QGroupBox>

class QLabel;
class QPushButton;
class QTreeView;

namespace wm::ui {

class RunListModel;

// "Previous runs": the folder's consolidation runs, newest first, and
// Restore, which brings the store back to its state before the selected
// run (undoing the later runs too), byte for byte.
class RunHistoryPanel : public QGroupBox
{
    Q_OBJECT
public:
    explicit RunHistoryPanel(QWidget *parent = nullptr);

    void setRuns(const RunList &runs, const QString &error);
    void setBusy(bool busy);
    [[nodiscard]] QString selectedRun() const;
    void selectRun(int row);

    [[nodiscard]] RunListModel *model() const { return m_model; }
    [[nodiscard]] QTreeView *view() const { return m_view; }
    [[nodiscard]] QPushButton *restoreButton() const { return m_restore; }

Q_SIGNALS:
    void restoreRequested(const QString &runId);

private:
    void updateButton();

    RunListModel *m_model;
    QTreeView *m_view;
    QLabel *m_empty;
    QPushButton *m_restore;
    bool m_busy = false;
};

} // namespace wm::ui
