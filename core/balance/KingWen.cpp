// SPDX-FileCopyrightText: 2026 WhiteMagic contributors
// SPDX-License-Identifier: MIT

#include "KingWen.h"

#include "Trigram.h"

#include <QList>
#include <QtGlobal>

namespace wm {
namespace {

std::optional<int> parseLines(QStringView text)
{
    if (text.size() != 6) return std::nullopt;
    int bits = 0;
    for (int i = 0; i < 6; ++i) {
        if (text[i] == QLatin1Char('1'))
            bits |= 1 << i;
        else if (text[i] != QLatin1Char('0'))
            return std::nullopt;
    }
    return bits;
}

} // namespace

const KingWen &KingWen::table()
{
    static const KingWen t = [] {
        QString error;
        std::optional<KingWen> parsed = parse(embeddedTable(), &error);
        if (!parsed)
            qFatal("King Wen table (core/balance/data/kingwen.tsv): %s", qPrintable(error));
        return *parsed;
    }();
    return t;
}

std::optional<KingWen> KingWen::parse(std::string_view tsv, QString *error)
{
    const auto fail = [&](int lineNo, const QString &why) -> std::optional<KingWen> {
        if (error) *error = QStringLiteral("line %1: %2").arg(lineNo).arg(why);
        return std::nullopt;
    };
    KingWen t;
    int rows = 0;
    const QString text = QString::fromUtf8(tsv.data(), qsizetype(tsv.size()));
    const QStringList lines = text.split(QLatin1Char('\n'));
    for (int i = 0; i < lines.size(); ++i) {
        const QString line = lines[i].trimmed();
        if (line.isEmpty() || line.startsWith(QLatin1Char('#'))) continue;
        const int lineNo = i + 1;
        const QStringList f = lines[i].split(QLatin1Char('\t'));
        if (f.size() != 7)
            return fail(lineNo,
                        QStringLiteral("expected 7 tab-separated columns, got %1").arg(f.size()));
        bool ok = false;
        const int number = f[0].toInt(&ok);
        if (!ok || number < 1 || number > 64)
            return fail(lineNo, QStringLiteral("bad number '%1'").arg(f[0]));
        const std::optional<int> bits = parseLines(f[1]);
        if (!bits)
            return fail(lineNo, QStringLiteral("lines must be six 0/1 digits, not '%1'").arg(f[1]));
        const auto lower = Trigram::fromKey(f[2].toStdString());
        const auto upper = Trigram::fromKey(f[3].toStdString());
        if (!lower || !upper)
            return fail(lineNo, QStringLiteral("unknown trigram '%1' or '%2'").arg(f[2], f[3]));
        if ((lower->bits() | (upper->bits() << 3)) != *bits)
            return fail(lineNo,
                        QStringLiteral("lines %1 are not %2 below %3").arg(f[1], f[2], f[3]));
        KingWenEntry &e = t.m_entries[size_t(number - 1)];
        if (e.number != 0)
            return fail(lineNo, QStringLiteral("number %1 appears twice").arg(number));
        if (t.m_numberByBits[size_t(*bits)] != 0)
            return fail(lineNo, QStringLiteral("lines %1 appear twice").arg(f[1]));
        if (f[4].isEmpty() || f[5].isEmpty() || f[6].trimmed().isEmpty())
            return fail(lineNo, QStringLiteral("missing name"));
        e = KingWenEntry{number, *bits, f[4], f[5], f[6].trimmed()};
        t.m_numberByBits[size_t(*bits)] = number;
        ++rows;
    }
    if (rows != 64) {
        if (error) *error = QStringLiteral("expected 64 hexagrams, found %1").arg(rows);
        return std::nullopt;
    }
    return t;
}

} // namespace wm
