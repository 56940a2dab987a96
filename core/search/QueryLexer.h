// SPDX-FileCopyrightText: 2026 WhiteMagic contributors
// SPDX-License-Identifier: MIT

#pragma once

#include <QString>
#include <vector>

namespace wm {

// Splits a user query into tokens. Never fails: malformed input (an
// unterminated quote, a lone '*') is reported by the parser, which knows
// what it expected.
struct QueryToken
{
    enum class Type
    {
        Word,   // bare text; `prefix` when it ended in '*'
        Phrase, // "quoted text"; `closed` false when the quote was never closed
        Field,  // a known field name followed by ':' (text: the field name, lower case)
        And,
        Or,
        Not,
        Near, // NEAR directly followed by '('
        LParen,
        RParen,
        Comma,
        End,
    };
    Type type = Type::End;
    QString text;
    int column = 0; // 1-based
    bool prefix = false;
    bool closed = true;
};

class QueryLexer
{
public:
    [[nodiscard]] static std::vector<QueryToken> tokenize(const QString &query);
    // Field names the query language knows (without the colon).
    [[nodiscard]] static bool isField(const QString &lowerName);
};

} // namespace wm
