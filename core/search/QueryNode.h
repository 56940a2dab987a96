// SPDX-FileCopyrightText: 2026 WhiteMagic contributors
// SPDX-License-Identifier: MIT

#pragma once

#include <QString>
#include <vector>

namespace wm {

// The parsed form of a user query (see QueryParser for the language).
struct QueryNode
{
    enum class Kind
    {
        Term,
        Near,
        And,
        Or,
        Not
    };
    // Which field a term is restricted to.
    enum class Field
    {
        Any = -1,
        Path = 0,
        Name,
        Ext,
        Title,
        Tags,
        Content
    };

    Kind kind = Kind::Term;
    int column = 0; // 1-based position in the query, for messages

    // Term: the user's text (a word, or a quoted phrase), verbatim.
    QString text;
    bool quoted = false;
    bool prefix = false; // ended in '*'
    Field field = Field::Any;

    // Near: its terms and the distance; And/Or/Not: two operands
    // (Not: left minus right).
    std::vector<QueryNode> children;
    int distance = 10;
};

} // namespace wm
