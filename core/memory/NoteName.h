// SPDX-FileCopyrightText: 2026 WhiteMagic contributors
// SPDX-License-Identifier: MIT

#pragma once

#include <QDateTime>
#include <QString>
#include <QStringView>
#include <optional>

namespace wm {

// A memory note's file name: `YYYYMMDD_HHMMSS_<slug>.md`, the time in UTC.
// The slug is what follows the second underscore, up to ".md"; it may hold
// any character the file system allows (a name that is not UTF-8 keeps its
// bytes as NativePath escapes).
struct NoteName
{
    QDateTime stamp; // UTC
    QString slug;

    // Empty optional when `fileName` (no folder) is not a note's name.
    [[nodiscard]] static std::optional<NoteName> parse(QStringView fileName);
    // "20261201_120000_<slug>.md".
    [[nodiscard]] static QString make(const QDateTime &stamp, const QString &slug);
    // Lower-case ASCII letters and digits joined by '-', at most 40
    // characters, "note" when nothing is left (the generator's rule).
    [[nodiscard]] static QString slugify(const QString &title);
};

} // namespace wm
