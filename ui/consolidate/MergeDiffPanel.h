// SPDX-FileCopyrightText: 2026 WhiteMagic contributors
// SPDX-License-Identifier: MIT

#pragma once

#include "ConsolidateJob.h"

#include <QWidget>

class QComboBox;
class QLabel;

namespace wm::ui {

class SideBySideDiff;

// A merge side by side: one of its input notes (chosen in the combo box)
// on the left, the merged note on the right, what the merge dropped or
// added highlighted word by word. The digest is shown on its own.
class MergeDiffPanel : public QWidget
{
    Q_OBJECT
public:
    explicit MergeDiffPanel(QWidget *parent = nullptr);

    // `member`: index into the merge's members to show first.
    void showMerge(const ConsolidationPlanPtr &plan, int merge, int member = 0);
    void showDigest(const ConsolidationPlanPtr &plan);
    void clear(const QString &hint = {});

    [[nodiscard]] QComboBox *inputBox() const { return m_input; }
    [[nodiscard]] SideBySideDiff *diff() const { return m_diff; }
    [[nodiscard]] int currentMerge() const { return m_merge; }

private:
    void showInput(int member);

    QLabel *m_heading;
    QComboBox *m_input;
    SideBySideDiff *m_diff;
    ConsolidationPlanPtr m_plan;
    int m_merge = -1;
};

} // namespace wm::ui
