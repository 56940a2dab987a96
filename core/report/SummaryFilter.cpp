// SPDX-FileCopyrightText: 2026 WhiteMagic contributors
// SPDX-License-Identifier: MIT

#include "SummaryFilter.h"

#include <QRegularExpression>
#include <QStringList>

namespace wm {

bool SummaryFilter::isInformative(const QString &text)
{
    const QString t = text.trimmed();
    if (t.size() < 8) return false;
    // "VERSION = 6", "obj-y += foo.o", "x := 1", "key: value" with no spaces in value.
    static const QRegularExpression assignment(
        QStringLiteral("^[A-Za-z_][A-Za-z0-9_.\\-]*\\s*(\\+=|:=|\\?=|=)\\s*\\S*$"));
    if (assignment.match(t).hasMatch()) return false;
    // Make and shell syntax anywhere in the line: "obj-$(CONFIG_X) += y.o".
    if (t.contains(QLatin1String("$(")) || t.contains(QLatin1String(" += ")) ||
        t.contains(QLatin1String(" := ")))
        return false;
    // An author or address line: "Name <someone@example.org>".
    if (t.contains(QLatin1Char('@')) && t.contains(QLatin1Char('<'))) return false;
    // Code rather than prose: ends in a brace or semicolon, or is a call.
    if (t.endsWith(QLatin1Char('{')) || t.endsWith(QLatin1Char(';')) ||
        t.endsWith(QLatin1Char('(')) || t.startsWith(QLatin1Char('[')) ||
        t.startsWith(QLatin1Char('<')) || t.startsWith(QLatin1Char('"')) ||
        t.startsWith(QLatin1String("http")))
        return false;
    // A declaration or call: "Type name(args)", "ns::f(x)", "find_package(Qt6 ...)".
    static const QRegularExpression call(QStringLiteral("[A-Za-z0-9_>]\\(.*\\)\\s*(const)?$|::"));
    if (call.match(t).hasMatch()) return false;
    // At least two words of letters and eight letters in all.
    int words = 0;
    int letters = 0;
    static const QRegularExpression splitter(QStringLiteral("[\\s/]+"));
    for (const QString &w : t.split(splitter, Qt::SkipEmptyParts)) {
        int inWord = 0;
        for (const QChar c : w)
            inWord += c.isLetter() ? 1 : 0;
        letters += inWord;
        if (inWord >= 2 && inWord * 2 >= int(w.size())) ++words;
    }
    if (words < 2 || letters < 8) return false;
    // Placeholders that pass the counts: "foo bar", "TODO fixme", "test test".
    static const QStringList placeholders = {QStringLiteral("foo"),   QStringLiteral("bar"),
                                             QStringLiteral("baz"),   QStringLiteral("todo"),
                                             QStringLiteral("fixme"), QStringLiteral("xxx"),
                                             QStringLiteral("test"),  QStringLiteral("dummy")};
    const QStringList lower = t.toLower().split(splitter, Qt::SkipEmptyParts);
    int junk = 0;
    for (const QString &w : lower)
        junk += placeholders.contains(w) ? 1 : 0;
    return junk * 2 < int(lower.size());
}

} // namespace wm
