// SPDX-FileCopyrightText: 2026 WhiteMagic contributors
// SPDX-License-Identifier: MIT

#include "ConsolidateToolbar.h"

#include <QDir>
#include <QDoubleSpinBox>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>

namespace wm::ui {

ConsolidateToolbar::ConsolidateToolbar(QWidget *parent)
    : QWidget(parent), m_folder(new QLineEdit(this)), m_choose(new QPushButton(this)),
      m_days(new QSpinBox(this)), m_threshold(new QDoubleSpinBox(this)),
      m_plan(new QPushButton(this)), m_apply(new QPushButton(this))
{
    const ConsolidationOptions defaults;
    m_folder->setPlaceholderText(tr("Memory folder (short_term/, long_term/, archive/): type, "
                                    "choose or drop one here"));
    m_folder->setAccessibleName(tr("Memory folder"));
    m_folder->setClearButtonEnabled(true);
    m_choose->setText(tr("Choose…"));
    m_choose->setToolTip(tr("Choose a memory folder"));
    m_days->setRange(0, 36500);
    m_days->setValue(defaults.olderThanDays);
    m_days->setPrefix(tr("Archive after "));
    m_days->setSuffix(tr(" days"));
    m_days->setToolTip(tr("Short-term notes older than this are archived (unless tagged to keep)"));
    m_threshold->setRange(0.30, 1.00);
    m_threshold->setSingleStep(0.05);
    m_threshold->setDecimals(2);
    m_threshold->setValue(defaults.similarity.threshold);
    m_threshold->setPrefix(tr("Merge at ≥ "));
    m_threshold->setToolTip(tr("Notes whose similarity is at least this are merged"));
    m_plan->setText(tr("Plan"));
    m_plan->setToolTip(tr("Show what consolidation would do; changes nothing (F5)"));
    m_apply->setText(tr("Apply…"));
    m_apply->setToolTip(tr("Carry out the plan; the originals are archived and every run can "
                           "be restored"));
    m_apply->setEnabled(false);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_folder, 1);
    layout->addWidget(m_choose);
    layout->addWidget(m_days);
    layout->addWidget(m_threshold);
    layout->addWidget(m_plan);
    layout->addWidget(m_apply);
    connect(m_choose, &QPushButton::clicked, this, &ConsolidateToolbar::chooseFolder);
    connect(m_folder, &QLineEdit::returnPressed, this, &ConsolidateToolbar::planRequested);
    connect(m_plan, &QPushButton::clicked, this, &ConsolidateToolbar::planRequested);
    connect(m_apply, &QPushButton::clicked, this, &ConsolidateToolbar::applyRequested);
}

QString ConsolidateToolbar::folder() const
{
    return QDir::fromNativeSeparators(m_folder->text().trimmed());
}

void ConsolidateToolbar::setFolder(const QString &folder)
{
    m_folder->setText(QDir::toNativeSeparators(folder));
}

ConsolidationOptions ConsolidateToolbar::options() const
{
    ConsolidationOptions o;
    o.olderThanDays = m_days->value();
    o.similarity.threshold = m_threshold->value();
    return o;
}

void ConsolidateToolbar::setBusy(bool busy)
{
    for (QWidget *w :
         std::initializer_list<QWidget *>{m_folder, m_choose, m_days, m_threshold, m_plan})
        w->setEnabled(!busy);
    if (busy) m_apply->setEnabled(false);
}

void ConsolidateToolbar::setApplyEnabled(bool enabled)
{
    m_apply->setEnabled(enabled);
}

void ConsolidateToolbar::chooseFolder()
{
    const QString dir =
        QFileDialog::getExistingDirectory(this, tr("Choose a Memory Folder"), folder());
    if (dir.isEmpty()) return;
    setFolder(dir);
    Q_EMIT planRequested();
}

} // namespace wm::ui
