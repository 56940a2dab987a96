#include "NoteName.h"

#include <QRegularExpression>

namespace wm {

std::optional<NoteName> NoteName::parse(QStringView fileName)
{
    static const QRegularExpression pattern(QStringLiteral("^(\\d{8})_(\\d{6})_(.+)\\.md$"),
                                            QRegularExpression::DotMatchesEverythingOption);
    const QRegularExpressionMatch m = pattern.match(fileName.toString());
    if (!m.hasMatch()) return std::nullopt;
    const QDate date = QDate::fromString(m.captured(1), QStringLiteral("yyyyMMdd"));
    const QTime time = QTime::fromString(m.captured(2), QStringLiteral("HHmmss"));
    if (!date.isValid() || !time.isValid()) return std::nullopt;
    return NoteName{QDateTime(date, time, Qt::UTC), m.captured(3)};
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
