// SPDX-FileCopyrightText: 2026 WhiteMagic contributors
// SPDX-License-Identifier: MIT

#include "ReportText.h"

#include "common/ControlChars.h"
#include "common/TokenEstimator.h"

#include <QLocale>

namespace wm {

QString ReportText::number(qint64 n)
{
    static const QLocale c(QLocale::English);
    return c.toString(n);
}

QString ReportText::compact(qint64 n)
{
    if (n < 1000) return QString::number(n);
    if (n < 1000000) return QStringLiteral("%1k").arg(double(n) / 1e3, 0, 'f', n < 10000 ? 1 : 0);
    return QStringLiteral("%1M").arg(double(n) / 1e6, 0, 'f', n < 10000000 ? 1 : 0);
}

QString ReportText::bytes(qint64 b)
{
    const char *units[] = {"B", "KiB", "MiB", "GiB", "TiB"};
    double v = double(b);
    int u = 0;
    while (v >= 1024.0 && u < 4) {
        v /= 1024.0;
        ++u;
    }
    if (u == 0) return QStringLiteral("%1 B").arg(b);
    return QStringLiteral("%1 %2").arg(v, 0, 'f', v < 100 ? 1 : 0).arg(QLatin1String(units[u]));
}

QString ReportText::share(qint64 part, qint64 whole)
{
    if (whole <= 0) return QStringLiteral("0%");
    const double pc = 100.0 * double(part) / double(whole);
    if (pc >= 9.95) return QStringLiteral("%1%").arg(qRound(pc));
    if (pc >= 0.05) return QStringLiteral("%1%").arg(pc, 0, 'f', 1);
    return part > 0 ? QStringLiteral("<0.1%") : QStringLiteral("0%");
}

QString ReportText::cell(QString s)
{
    s = escapeControls(s);
    s.replace(QLatin1Char('|'), QLatin1String("\\|"));
    s.replace(QLatin1Char('\n'), QLatin1Char(' '));
    return s;
}

QString ReportText::code(const QString &path)
{
    QString p = path;
    p.replace(QLatin1Char('`'), QLatin1Char('\''));
    return QLatin1Char('`') + cell(p) + QLatin1Char('`');
}

qint64 ReportText::tokensOf(const QString &text)
{
    const QByteArray utf8 = text.toUtf8();
    return TokenEstimator::forReport(std::string_view(utf8.constData(), size_t(utf8.size())));
}

} // namespace wm
