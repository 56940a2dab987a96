// SPDX-FileCopyrightText: 2026 WhiteMagic contributors
// SPDX-License-Identifier: MIT

#pragma once

#include <QString>
#include <QStringList>

namespace wm {

struct QueryNode;

// The user's query, made safe for SQLite.
struct TranslatedQuery
{
    bool ok = false;
    QString error; // what is wrong, with its column
    int errorColumn = 0;

    // Word mode: an FTS5 MATCH expression in which every user term is a
    // double-quoted string, so no user text is ever read as FTS5 syntax.
    QString fts;

    // Substring mode: an SQL condition over `docs AS d` with ?NNN
    // parameters (values in `params`), and the positive terms to highlight.
    QString where;
    QStringList params;
    QStringList highlight;
};

// Parses (QueryParser) and translates. Terms without any word character
// (such as "--" or "&&") are dropped, as the tokenizer would ignore them;
// a query left with nothing to search for is an error.
class QueryTranslator
{
public:
    enum class Mode
    {
        Words,
        Substring
    };

    [[nodiscard]] static TranslatedQuery translate(const QString &query, Mode mode);

    // Shortest substring the trigram index can look up.
    static constexpr int minSubstring = 3;

    // Whether the word tokenizer would find a word in `text`.
    [[nodiscard]] static bool hasWordCharacter(const QString &text);
    // The trailing '+'/'#' characters of a term like "c++" or "c#" that the
    // word index would drop (empty when none): such a query is refused
    // rather than silently searching for the bare word.
    [[nodiscard]] static QString lostSuffix(const QString &text);
};

} // namespace wm
