// SPDX-FileCopyrightText: 2026 WhiteMagic contributors
// SPDX-License-Identifier: MIT

#pragma once

#include "audit/AuditOptions.h"

#include <QStringList>

class QSettings;

namespace wm::ui {

// What the settings dialog edits, persisted with QSettings. The audit
// options built from it are the ones `wm audit` takes as flags, so an
// exported report matches `wm audit` run with the same choices.
struct AppSettings
{
    int threads = 0;           // 0: automatic (one per core)
    bool hidden = false;       // --hidden
    bool respectIgnore = true; // false: --no-ignore
    bool followLinks = false;  // --follow-links
    QStringList includes;      // --include
    QStringList excludes;      // --exclude
    qint64 maxFileSize = 0;    // --max-size; 0: no limit
    qint64 budgetTokens = 0;   // --budget for Export/Copy Report; 0: none
    QStringList recentFolders; // newest first
    QString language;          // "" system default, else "en", "de", "zh_CN"

    static constexpr int maxRecent = 10;

    [[nodiscard]] static AppSettings load(QSettings &settings);
    // Only the language, read before any window exists (Application::setup).
    [[nodiscard]] static QString loadLanguage(QSettings &settings);
    void save(QSettings &settings) const;
    [[nodiscard]] AuditOptions auditOptions(const QString &root) const;
    // The `wm audit` flags that give the same options, for the record.
    [[nodiscard]] QStringList cliArguments() const;
    bool operator==(const AppSettings &) const = default;
};

} // namespace wm::ui
