// SPDX-FileCopyrightText: 2026 WhiteMagic contributors
// SPDX-License-Identifier: MIT

#include "SettingsDialog.h"

#include "app/Translations.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QSpinBox>
#include <QThread>
#include <QVBoxLayout>

namespace wm::ui {
namespace {

// Globs are edited as one line, separated by spaces or commas.
QStringList globsFrom(const QString &text)
{
    static const QRegularExpression sep(QStringLiteral("[\\s,]+"));
    return text.split(sep, Qt::SkipEmptyParts);
}

} // namespace

SettingsDialog::SettingsDialog(const AppSettings &s, QWidget *parent)
    : QDialog(parent), m_base(s), m_threads(new QSpinBox(this)), m_hidden(new QCheckBox(this)),
      m_ignore(new QCheckBox(this)), m_follow(new QCheckBox(this)), m_includes(new QLineEdit(this)),
      m_excludes(new QLineEdit(this)), m_maxSizeMiB(new QSpinBox(this)),
      m_budget(new QSpinBox(this)), m_language(new QComboBox(this))
{
    setWindowTitle(tr("Settings"));
    m_threads->setRange(0, 1024);
    m_threads->setSpecialValueText(
        tr("Automatic (%n core(s))", nullptr, QThread::idealThreadCount()));
    m_threads->setValue(s.threads);
    m_hidden->setText(tr("Include hidden files and folders"));
    m_hidden->setChecked(s.hidden);
    m_ignore->setText(tr("Honour .gitignore, .ignore and .git/info/exclude"));
    m_ignore->setChecked(s.respectIgnore);
    m_follow->setText(tr("Follow symbolic links"));
    m_follow->setChecked(s.followLinks);
    m_includes->setText(s.includes.join(QLatin1Char(' ')));
    m_includes->setPlaceholderText(tr("e.g. *.cpp *.h (empty: every file)"));
    m_excludes->setText(s.excludes.join(QLatin1Char(' ')));
    m_excludes->setPlaceholderText(tr("e.g. build/ *.min.js"));
    m_maxSizeMiB->setRange(0, 1 << 20);
    m_maxSizeMiB->setSuffix(tr(" MiB"));
    m_maxSizeMiB->setSpecialValueText(tr("No limit"));
    m_maxSizeMiB->setValue(int(s.maxFileSize / (1 << 20)));
    m_budget->setRange(0, 100000000);
    m_budget->setSingleStep(1000);
    m_budget->setGroupSeparatorShown(true);
    m_budget->setSpecialValueText(tr("No budget"));
    m_budget->setSuffix(tr(" tokens"));
    m_budget->setValue(int(s.budgetTokens));

    auto *scan = new QGroupBox(tr("Scanning"), this);
    auto *scanForm = new QFormLayout(scan);
    scanForm->addRow(tr("&Threads:"), m_threads);
    scanForm->addRow(QString(), m_hidden);
    scanForm->addRow(QString(), m_ignore);
    scanForm->addRow(QString(), m_follow);
    scanForm->addRow(tr("&Include:"), m_includes);
    scanForm->addRow(tr("E&xclude:"), m_excludes);
    scanForm->addRow(tr("&Largest file read:"), m_maxSizeMiB);
    auto *report = new QGroupBox(tr("Report"), this);
    auto *reportForm = new QFormLayout(report);
    reportForm->addRow(tr("Token &budget:"), m_budget);

    // Translations load before the first window: switching them live would
    // mean rebuilding every text, so the choice applies at the next start.
    for (const Translations::Language &l : Translations::available())
        m_language->addItem(l.name, l.code);
    m_language->setCurrentIndex(std::max(0, m_language->findData(s.language)));
    auto *restart = new QLabel(tr("A new language applies when WhiteMagic is restarted."), this);
    restart->setWordWrap(true);
    auto *ui = new QGroupBox(tr("User Interface"), this);
    auto *uiForm = new QFormLayout(ui);
    uiForm->addRow(tr("&Language:"), m_language);
    uiForm->addRow(QString(), restart);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(scan);
    layout->addWidget(report);
    layout->addWidget(ui);
    layout->addWidget(buttons);
}

AppSettings SettingsDialog::settings() const
{
    AppSettings s = m_base;
    s.threads = m_threads->value();
    s.hidden = m_hidden->isChecked();
    s.respectIgnore = m_ignore->isChecked();
    s.followLinks = m_follow->isChecked();
    s.includes = globsFrom(m_includes->text());
    s.excludes = globsFrom(m_excludes->text());
    // Unchanged MiB field keeps an exact byte value set elsewhere.
    if (m_maxSizeMiB->value() != int(m_base.maxFileSize / (1 << 20)))
        s.maxFileSize = qint64(m_maxSizeMiB->value()) << 20;
    s.budgetTokens = m_budget->value();
    s.language = m_language->currentData().toString();
    return s;
}

} // namespace wm::ui
