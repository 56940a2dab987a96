// SPDX-FileCopyrightText: 2026 WhiteMagic contributors
// SPDX-License-Identifier: MIT

#include "Translations.h"

#include "UiLogging.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QTranslator>

namespace wm::ui {
namespace {

// Our translators are children of the application with this name, so a
// second install() (a test switching languages) removes exactly them.
constexpr auto translatorName = "wm-translator";
bool g_translated = false;

bool load(const QLocale &locale, const QString &file, const QString &dir)
{
    auto translator = std::make_unique<QTranslator>(QCoreApplication::instance());
    translator->setObjectName(QLatin1String(translatorName));
    // Tries each of the locale's UI languages (de_AT, then de, ...).
    if (!translator->load(locale, file, QStringLiteral("_"), dir)) return false;
    qCDebug(lcUiWindow) << "translation" << translator->filePath();
    QCoreApplication::installTranslator(translator.release());
    return true;
}

} // namespace

QList<Translations::Language> Translations::available()
{
    // Language names are written in the language itself, as desktops list them.
    return {{QString(), QCoreApplication::translate("Translations", "System default")},
            {QStringLiteral("en"), QStringLiteral("English")},
            {QStringLiteral("de"), QStringLiteral("Deutsch")},
            {QStringLiteral("zh_CN"), QStringLiteral("中文（简体）")}};
}

QLocale Translations::install(const QString &code)
{
    QCoreApplication *app = QCoreApplication::instance();
    for (QTranslator *t : app->findChildren<QTranslator *>(QLatin1String(translatorName),
                                                           Qt::FindDirectChildrenOnly)) {
        QCoreApplication::removeTranslator(t);
        delete t;
    }
    const QLocale locale = code.isEmpty() ? QLocale::system() : QLocale(code);
    QLocale::setDefault(locale);
    // English is the source language: no WhiteMagic file for it, so only
    // Qt's English (plural rules for its own strings) loads.
    if (!load(locale, QStringLiteral("qtbase"), QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        qCDebug(lcUiWindow) << "no Qt translation for" << locale.uiLanguages() << "in"
                            << QLibraryInfo::path(QLibraryInfo::TranslationsPath);
    g_translated = load(locale, QStringLiteral("whitemagic"), QStringLiteral(":/i18n"));
    if (!g_translated)
        qCDebug(lcUiWindow) << "no WhiteMagic translation for" << locale.uiLanguages();
    return locale;
}

bool Translations::translated()
{
    return g_translated;
}

} // namespace wm::ui
