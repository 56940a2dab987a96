// SPDX-FileCopyrightText: 2026 WhiteMagic contributors
// SPDX-License-Identifier: MIT

#pragma once

#include "consolidate/ConsolidationOptions.h"

#include <QWidget>

class QDoubleSpinBox;
class QLineEdit;
class QPushButton;
class QSpinBox;

namespace wm::ui {

// The Consolidation view's controls: the memory folder (typed, chosen or
// dropped on the view), the age limit and the similarity threshold, and the
// Plan and Apply buttons.
class ConsolidateToolbar : public QWidget
{
    Q_OBJECT
public:
    explicit ConsolidateToolbar(QWidget *parent = nullptr);

    [[nodiscard]] QString folder() const;
    void setFolder(const QString &folder);
    // The options the controls describe (other fields at their defaults).
    [[nodiscard]] ConsolidationOptions options() const;
    void setBusy(bool busy);
    void setApplyEnabled(bool enabled);

    [[nodiscard]] QLineEdit *folderEdit() const { return m_folder; }
    [[nodiscard]] QSpinBox *daysBox() const { return m_days; }
    [[nodiscard]] QDoubleSpinBox *thresholdBox() const { return m_threshold; }
    [[nodiscard]] QPushButton *planButton() const { return m_plan; }
    [[nodiscard]] QPushButton *applyButton() const { return m_apply; }

Q_SIGNALS:
    void planRequested();
    void applyRequested();

private:
    void chooseFolder();

    QLineEdit *m_folder;
    QPushButton *m_choose;
    QSpinBox *m_days;
    QDoubleSpinBox *m_threshold;
    QPushButton *m_plan;
    QPushButton *m_apply;
};

} // namespace wm::ui
