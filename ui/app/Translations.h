// SPDX-FileCopyrightText: 2026 WhiteMagic contributors
// SPDX-License-Identifier: MIT

#pragma once

#include <QList>
#include <QLocale>
#include <QString>

namespace wm::ui {

// The user-interface languages: WhiteMagic's own translations (embedded
// under :/i18n, built from translations/*.ts) and Qt's (qtbase_*.qm from
// QLibraryInfo::TranslationsPath, for the standard dialogs and buttons).
class Translations
{
public:
    struct Language
    {
        QString code; // "" (the system's), "en", "de", "zh_CN"
        QString name; // in its own language; the system entry translated
    };
    // The choices of the Settings dialog, the system default first.
    [[nodiscard]] static QList<Language> available();
    // Replaces the installed translators with those for `code` ("" follows
    // the system locale) and makes that locale the default, so numbers and
    // sizes are written the way the texts around them are. Returns the
    // locale in use; a language without a WhiteMagic translation (English
    // included) shows the source texts.
    static QLocale install(const QString &code);
    // True when a WhiteMagic translation was found by the last install().
    [[nodiscard]] static bool translated();
};

} // namespace wm::ui
