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

private:
    explicit QueryLexer(const QString &query);
    void run();
    void push(QueryToken::Type type, qsizetype at, QString text = {});
    void phrase();
    void word();
    // An operator keyword (AND, OR, NOT, NEAR before '('): pushed, true.
    bool keyword(const QString &word, qsizetype start);

    QString m_q;
    qsizetype m_n = 0;
    qsizetype m_i = 0;
    // After "field:" the next word is a value, never an operator ("title:OR").
    bool m_literalNext = false;
    std::vector<QueryToken> m_out;
};

} // namespace wm
