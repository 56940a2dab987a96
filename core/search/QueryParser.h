// SPDX-FileCopyrightText: 2026 WhiteMagic contributors
// SPDX-License-Identifier: MIT

#pragma once

#include "QueryLexer.h"
#include "QueryNode.h"

#include <optional>

namespace wm {

// Recursive-descent parser for the user query language:
//
//   query    := or
//   or       := and ("OR" and)*
//   and      := not (["AND"] not)*          juxtaposition means AND
//   not      := unit ("NOT" unit)*          binary: a NOT b = a but not b
//   unit     := "(" or ")" | field unit | near | word | "phrase"
//   field    := path: | name: | ext: | title: | tag: | tags: | content:
//   near     := NEAR "(" (word | "phrase")+ ["," distance] ")"
//   word     := text without spaces, quotes or parentheses; a trailing * makes it a prefix
//
// Operators are upper case (lower-case and/or/not are words). Precedence:
// NOT binds tighter than AND, AND tighter than OR. A field applies to the
// unit that follows; inside it, an inner field wins.
class QueryParser
{
public:
    struct Error
    {
        QString message; // says what is wrong and where ("at column N")
        int column = 0;
    };

    static constexpr int maxLength = 2000; // characters
    // Nested parentheses and fields. FTS5's parser overflows somewhere
    // between 32 and 40 nested groups; stay well below.
    static constexpr int maxDepth = 24;
    static constexpr int maxTerms = 128;

    // The tree, or nullopt with `error` set.
    static std::optional<QueryNode> parse(const QString &query, Error *error);

private:
    explicit QueryParser(std::vector<QueryToken> tokens) : m_tokens(std::move(tokens)) {}

    std::optional<QueryNode> parseOr(int depth);
    std::optional<QueryNode> parseAnd(int depth);
    std::optional<QueryNode> parseNot(int depth);
    std::optional<QueryNode> parseUnit(int depth);
    std::optional<QueryNode> parseNear(const QueryToken &nearTok);
    std::optional<QueryNode> term(const QueryToken &t);

    const QueryToken &peek() const { return m_tokens[m_pos]; }
    const QueryToken &take() { return m_tokens[m_pos < m_tokens.size() - 1 ? m_pos++ : m_pos]; }
    bool startsUnit(const QueryToken &t) const;
    std::nullopt_t fail(const QString &message, int column);
    static QString describe(const QueryToken &t);

    std::vector<QueryToken> m_tokens;
    size_t m_pos = 0;
    int m_terms = 0;
    Error m_error;
};

} // namespace wm
