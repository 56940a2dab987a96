// SPDX-FileCopyrightText: 2026 WhiteMagic contributors
// SPDX-License-Identifier: MIT

#include "MergeDiffPanel.h"

#include "io/NativePath.h"
#include "similarity/SideBySideDiff.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace wm::ui {

MergeDiffPanel::MergeDiffPanel(QWidget *parent)
    : QWidget(parent), m_heading(new QLabel(this)), m_input(new QComboBox(this)),
      m_diff(new SideBySideDiff(this))
{
    setObjectName(QStringLiteral("mergeDiffPanel"));
    m_heading->setTextFormat(Qt::PlainText);
    m_input->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_input->setMinimumContentsLength(16);
    m_input->setAccessibleName(tr("Input note"));
    m_input->setToolTip(tr("The input note shown on the left"));
    auto *top = new QHBoxLayout;
    top->addWidget(m_heading);
    top->addWidget(m_input, 1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(top);
    layout->addWidget(m_diff, 1);
    connect(m_input, &QComboBox::currentIndexChanged, this, &MergeDiffPanel::showInput);
    clear();
}

void MergeDiffPanel::clear(const QString &hint)
{
    m_plan.reset();
    m_merge = -1;
    const QSignalBlocker block(m_input);
    m_input->clear();
    m_input->hide();
    m_heading->clear();
    m_diff->clear(hint.isEmpty() ? tr("Select a merge to compare its notes with the merged note.")
                                 : hint);
}

void MergeDiffPanel::showMerge(const ConsolidationPlanPtr &plan, int merge, int member)
{
    if (!plan || merge < 0 || merge >= int(plan->merges.size())) return;
    const MergeGroup &g = plan->merges[size_t(merge)];
    if (plan != m_plan || merge != m_merge) {
        m_plan = plan;
        m_merge = merge;
        const QSignalBlocker block(m_input);
        m_input->clear();
        for (qsizetype n : g.members)
            m_input->addItem(NativePath::display(plan->notes[size_t(n)].relPath));
    }
    m_heading->setText(tr("Input:"));
    m_input->show();
    const int row = std::clamp(member, 0, int(g.members.size()) - 1);
    if (m_input->currentIndex() != row) {
        m_input->setCurrentIndex(row); // showInput follows
        return;
    }
    showInput(row);
}

void MergeDiffPanel::showInput(int member)
{
    if (!m_plan || m_merge < 0 || member < 0) return;
    const MergeGroup &g = m_plan->merges[size_t(m_merge)];
    if (member >= int(g.inputTexts.size())) return;
    m_diff->showTexts(m_input->itemText(member), g.inputTexts.at(member),
                      tr("Merged: %1").arg(NativePath::display(g.resultPath)),
                      QString::fromUtf8(g.resultText));
}

void MergeDiffPanel::showDigest(const ConsolidationPlanPtr &plan)
{
    if (!plan || plan->digestPath.isEmpty()) return;
    clear();
    m_plan = plan;
    m_heading->setText(tr("The digest this run writes:"));
    m_diff->showTexts(QString(), QString(), NativePath::display(plan->digestPath),
                      QString::fromUtf8(plan->digestText));
}

} // namespace wm::ui
