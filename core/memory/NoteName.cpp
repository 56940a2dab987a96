// SPDX-FileCopyrightText: 2026 WhiteMagic contributors
// SPDX-License-Identifier: MIT

#include "NoteName.h"

namespace wm {

std::optional<NoteName> NoteName::parse(QStringView fileName)
{
    // By hand, not QRegularExpression: PCRE rejects the lone surrogates that
    // stand for the bytes of a name that is not UTF-8 (NativePath).
    const auto digits = [&](qsizetype from, qsizetype n) {
        for (qsizetype i = from; i < from + n; ++i)
            if (fileName.at(i) < QLatin1Char('0') || fileName.at(i) > QLatin1Char('9'))
                return false;
        return true;
    };
    if (fileName.size() < 20 || !digits(0, 8) || fileName.at(8) != QLatin1Char('_') ||
        !digits(9, 6) || fileName.at(15) != QLatin1Char('_') || !fileName.endsWith(u".md"))
        return std::nullopt;
    const QDate date = QDate::fromString(fileName.mid(0, 8).toString(), QStringLiteral("yyyyMMdd"));
    const QTime time = QTime::fromString(fileName.mid(9, 6).toString(), QStringLiteral("HHmmss"));
    if (!date.isValid() || !time.isValid()) return std::nullopt;
    return NoteName{QDateTime(date, time, Qt::UTC),
                    fileName.mid(16, fileName.size() - 19).toString()};
}

QString NoteName::make(const QDateTime &stamp, const QString &slug)
{
    return stamp.toUTC().toString(QStringLiteral("yyyyMMdd_HHmmss_")) + slug +
           QStringLiteral(".md");
}

QString NoteName::slugify(const QString &title)
{
    QString s;
    for (const QChar c : title.toLower())
        s += (c.unicode() < 128 && c.isLetterOrNumber()) ? c : QLatin1Char('-');
    while (s.contains(QStringLiteral("--")))
        s.replace(QStringLiteral("--"), QStringLiteral("-"));
    while (s.startsWith(QLatin1Char('-')))
        s.remove(0, 1);
    s.truncate(40);
    while (s.endsWith(QLatin1Char('-')))
        s.chop(1);
    return s.isEmpty() ? QStringLiteral("note") : s;
}

} // namespace wm
