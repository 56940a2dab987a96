// SPDX-FileCopyrightText: 2026 WhiteMagic contributors
// SPDX-License-Identifier: MIT

#pragma once

#include "AppSettings.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLineEdit;
class QSpinBox;

namespace wm::ui {

// Edits AppSettings: threads, hidden files, ignore rules, include/exclude
// globs, maximum file size, the report's token budget and the language.
class SettingsDialog : public QDialog
{
    Q_OBJECT
public:
    explicit SettingsDialog(const AppSettings &settings, QWidget *parent = nullptr);
    [[nodiscard]] AppSettings settings() const;

private:
    AppSettings m_base;
    QSpinBox *m_threads;
    QCheckBox *m_hidden;
    QCheckBox *m_ignore;
    QCheckBox *m_follow;
    QLineEdit *m_includes;
    QLineEdit *m_excludes;
    QSpinBox *m_maxSizeMiB;
    QSpinBox *m_budget;
    QComboBox *m_language;
};

} // namespace wm::ui
