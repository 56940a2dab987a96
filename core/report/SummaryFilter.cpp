// SPDX-FileCopyrightText: 2026 WhiteMagic contributors
// SPDX-License-Identifier: MIT

#include "SummaryFilter.h"

#include <QRegularExpression>
#include <QStringList>
#include <array>
#include <string_view>

namespace wm {

namespace {

// The separators of the word counts: what QRegularExpression's "[\\s/]+"
// matches without Unicode properties (ASCII white space) and the slash.
bool isSeparator(QChar c)
{
    const char16_t u = c.unicode();
    return u == u' ' || u == u'/' || (u >= u'\t' && u <= u'\r');
}

bool isPlaceholder(QStringView word)
{
    // The word lower-cased (QString::toLower) equals one of these. Only
    // characters whose lower case is ASCII can match, and those keep their
    // length, except U+0130 (İ), which lower-cases to two characters.
    static constexpr std::array<std::u16string_view, 8> placeholders = {
        u"foo", u"bar", u"baz", u"todo", u"fixme", u"xxx", u"test", u"dummy"};
    for (const std::u16string_view p : placeholders) {
        if (word.size() != qsizetype(p.size())) continue;
        bool same = true;
        for (qsizetype i = 0; same && i < word.size(); ++i)
            same = word[i].unicode() != 0x130 && word[i].toLower().unicode() == p[size_t(i)];
        if (same) return true;
    }
    return false;
}

} // namespace

bool SummaryFilter::isInformative(const QString &text)
{
    const QString t = text.trimmed();
    if (t.size() < 8) return false;
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
    // "VERSION = 6", "obj-y += foo.o", "x := 1", "key: value" with no spaces in value.
    static const QRegularExpression assignment(
        QStringLiteral("^[A-Za-z_][A-Za-z0-9_.\\-]*\\s*(\\+=|:=|\\?=|=)\\s*\\S*$"));
    if (assignment.match(t).hasMatch()) return false;
    // A declaration or call: "Type name(args)", "ns::f(x)", "find_package(Qt6 ...)".
    static const QRegularExpression call(QStringLiteral("[A-Za-z0-9_>]\\(.*\\)\\s*(const)?$|::"));
    if (call.match(t).hasMatch()) return false;
    // At least two words of letters and eight letters in all, and no more
    // than half of the words placeholders ("foo bar", "TODO fixme", "test
    // test"). One pass over the text without a regular expression or a
    // list: the report map asks this of every file of a million-file tree.
    int wordCount = 0;
    int words = 0;
    int letters = 0;
    int junk = 0;
    for (qsizetype i = 0, n = t.size(); i < n;) {
        if (isSeparator(t[i])) {
            ++i;
            continue;
        }
        const qsizetype start = i;
        int inWord = 0;
        for (; i < n && !isSeparator(t[i]); ++i)
            inWord += t[i].isLetter() ? 1 : 0;
        const QStringView w = QStringView(t).mid(start, i - start);
        ++wordCount;
        letters += inWord;
        if (inWord >= 2 && inWord * 2 >= int(w.size())) ++words;
        junk += isPlaceholder(w) ? 1 : 0;
    }
    if (words < 2 || letters < 8) return false;
    return junk * 2 < wordCount;
}

} // namespace wm
