// SPDX-FileCopyrightText: 2026 WhiteMagic contributors
// SPDX-License-Identifier: MIT

#include "QueryParser.h"

namespace wm {
namespace {

QueryNode binary(QueryNode::Kind kind, QueryNode left, QueryNode right, int column)
{
    QueryNode n;
    n.kind = kind;
    n.column = column;
    n.children.push_back(std::move(left));
    n.children.push_back(std::move(right));
    return n;
}

QueryNode::Field fieldOf(const QString &name)
{
    if (name == QLatin1String("path")) return QueryNode::Field::Path;
    if (name == QLatin1String("name")) return QueryNode::Field::Name;
    if (name == QLatin1String("ext")) return QueryNode::Field::Ext;
    if (name == QLatin1String("title")) return QueryNode::Field::Title;
    if (name == QLatin1String("content")) return QueryNode::Field::Content;
    return QueryNode::Field::Tags; // "tag", "tags"
}

// Applies a field to every term below that has none of its own.
void applyField(QueryNode &n, QueryNode::Field f)
{
    if (n.kind == QueryNode::Kind::Term) {
        if (n.field == QueryNode::Field::Any) n.field = f;
        return;
    }
    if (n.kind == QueryNode::Kind::Near) {
        if (n.field == QueryNode::Field::Any) n.field = f;
        return;
    }
    for (QueryNode &c : n.children)
        applyField(c, f);
}

} // namespace

std::nullopt_t QueryParser::fail(const QString &message, int column)
{
    if (m_error.message.isEmpty()) {
        m_error.message = message;
        m_error.column = column;
    }
    return std::nullopt;
}

QString QueryParser::describe(const QueryToken &t)
{
    switch (t.type) {
    case QueryToken::Type::End:
        return QStringLiteral("the end of the query");
    case QueryToken::Type::LParen:
        return QStringLiteral("'('");
    case QueryToken::Type::RParen:
        return QStringLiteral("')'");
    case QueryToken::Type::Comma:
        return QStringLiteral("','");
    case QueryToken::Type::Field:
        return QStringLiteral("'%1:'").arg(t.text);
    case QueryToken::Type::Phrase:
        return QStringLiteral("a phrase");
    default:
        return QStringLiteral("'%1'").arg(t.text);
    }
}

bool QueryParser::startsUnit(const QueryToken &t) const
{
    switch (t.type) {
    case QueryToken::Type::Word:
    case QueryToken::Type::Phrase:
    case QueryToken::Type::Field:
    case QueryToken::Type::Near:
    case QueryToken::Type::LParen:
        return true;
    default:
        return false;
    }
}

std::optional<QueryNode> QueryParser::parse(const QString &query, Error *error)
{
    Error ignored;
    if (error == nullptr) error = &ignored;
    if (query.size() > maxLength) {
        *error = {QStringLiteral("the query is too long (%1 characters; at most %2)")
                      .arg(query.size())
                      .arg(maxLength),
                  0};
        return std::nullopt;
    }
    QueryParser p(QueryLexer::tokenize(query));
    // Commas only mean something inside NEAR(...); elsewhere they separate like spaces.
    if (p.peek().type == QueryToken::Type::End) {
        *error = {QStringLiteral("the query is empty"), p.peek().column};
        return std::nullopt;
    }
    std::optional<QueryNode> root = p.parseOr(0);
    if (root && p.peek().type != QueryToken::Type::End) {
        const QueryToken &t = p.peek();
        if (t.type == QueryToken::Type::RParen)
            p.fail(QStringLiteral("unmatched ')' at column %1").arg(t.column), t.column);
        else
            p.fail(QStringLiteral("unexpected %1 at column %2").arg(describe(t)).arg(t.column),
                   t.column);
        root.reset();
    }
    if (!root) *error = p.m_error;
    return root;
}

std::optional<QueryNode> QueryParser::parseOr(int depth)
{
    std::optional<QueryNode> left = parseAnd(depth);
    while (left && peek().type == QueryToken::Type::Or) {
        const QueryToken op = take();
        if (!startsUnit(peek()))
            return fail(QStringLiteral("'OR' at column %1 needs a term after it, not %2")
                            .arg(op.column)
                            .arg(describe(peek())),
                        op.column);
        std::optional<QueryNode> right = parseAnd(depth);
        if (!right) return std::nullopt;
        left = binary(QueryNode::Kind::Or, std::move(*left), std::move(*right), op.column);
    }
    return left;
}

std::optional<QueryNode> QueryParser::parseAnd(int depth)
{
    std::optional<QueryNode> left = parseNot(depth);
    for (;;) {
        if (!left) return std::nullopt;
        while (peek().type == QueryToken::Type::Comma)
            take();
        const QueryToken &t = peek();
        int column = t.column;
        if (t.type == QueryToken::Type::And) {
            const QueryToken op = take();
            if (!startsUnit(peek()))
                return fail(QStringLiteral("'AND' at column %1 needs a term after it, not %2")
                                .arg(op.column)
                                .arg(describe(peek())),
                            op.column);
            column = op.column;
        } else if (!startsUnit(t)) {
            return left;
        }
        std::optional<QueryNode> right = parseNot(depth);
        if (!right) return std::nullopt;
        left = binary(QueryNode::Kind::And, std::move(*left), std::move(*right), column);
    }
}

std::optional<QueryNode> QueryParser::parseNot(int depth)
{
    std::optional<QueryNode> left = parseUnit(depth);
    while (left && peek().type == QueryToken::Type::Not) {
        const QueryToken op = take();
        if (!startsUnit(peek()))
            return fail(QStringLiteral("'NOT' at column %1 needs a term after it, not %2")
                            .arg(op.column)
                            .arg(describe(peek())),
                        op.column);
        std::optional<QueryNode> right = parseUnit(depth);
        if (!right) return std::nullopt;
        left = binary(QueryNode::Kind::Not, std::move(*left), std::move(*right), op.column);
    }
    return left;
}

std::optional<QueryNode> QueryParser::parseUnit(int depth)
{
    if (depth > maxDepth)
        return fail(QStringLiteral("the query nests too deeply (more than %1 levels) at column %2")
                        .arg(maxDepth)
                        .arg(peek().column),
                    peek().column);
    while (peek().type == QueryToken::Type::Comma)
        take();
    const QueryToken t = take();
    switch (t.type) {
    case QueryToken::Type::Word:
    case QueryToken::Type::Phrase:
        return term(t);
    case QueryToken::Type::Near:
        return parseNear(t);
    case QueryToken::Type::Field: {
        if (!startsUnit(peek()))
            return fail(QStringLiteral("'%1:' at column %2 needs a value, as in %1:report")
                            .arg(t.text)
                            .arg(t.column),
                        t.column);
        std::optional<QueryNode> inner = parseUnit(depth + 1);
        if (inner) applyField(*inner, fieldOf(t.text));
        return inner;
    }
    case QueryToken::Type::LParen: {
        if (peek().type == QueryToken::Type::RParen)
            return fail(QStringLiteral("empty parentheses at column %1").arg(t.column), t.column);
        std::optional<QueryNode> inner = parseOr(depth + 1);
        if (!inner) return std::nullopt;
        if (peek().type != QueryToken::Type::RParen)
            return fail(QStringLiteral("missing ')' for the '(' at column %1 (found %2)")
                            .arg(t.column)
                            .arg(describe(peek())),
                        t.column);
        take();
        return inner;
    }
    case QueryToken::Type::And:
    case QueryToken::Type::Or:
    case QueryToken::Type::Not:
        return fail(QStringLiteral("'%1' at column %2 needs a term before it%3")
                        .arg(t.text)
                        .arg(t.column)
                        .arg(t.type == QueryToken::Type::Not
                                 ? QStringLiteral(" (write 'a NOT b': NOT subtracts b from a)")
                                 : QString()),
                    t.column);
    case QueryToken::Type::RParen:
        return fail(QStringLiteral("unmatched ')' at column %1").arg(t.column), t.column);
    case QueryToken::Type::End:
        return fail(QStringLiteral("the query ends where a word or phrase was expected"), t.column);
    case QueryToken::Type::Comma:
        break;
    }
    return fail(QStringLiteral("unexpected %1 at column %2").arg(describe(t)).arg(t.column),
                t.column);
}

std::optional<QueryNode> QueryParser::term(const QueryToken &t)
{
    if (t.type == QueryToken::Type::Phrase && !t.closed)
        return fail(QStringLiteral("missing closing '\"' for the phrase that starts at column %1")
                        .arg(t.column),
                    t.column);
    if (t.type == QueryToken::Type::Word && t.text.isEmpty())
        return fail(QStringLiteral("'*' at column %1 must end a word, as in sched*").arg(t.column),
                    t.column);
    if (++m_terms > maxTerms)
        return fail(QStringLiteral("the query has too many terms (at most %1)").arg(maxTerms),
                    t.column);
    QueryNode n;
    n.kind = QueryNode::Kind::Term;
    n.column = t.column;
    n.text = t.text;
    n.quoted = t.type == QueryToken::Type::Phrase;
    n.prefix = t.prefix;
    return n;
}

std::optional<QueryNode> QueryParser::parseNear(const QueryToken &nearTok)
{
    const QueryToken open = take(); // the lexer only makes a NEAR token when '(' follows
    QueryNode n;
    n.kind = QueryNode::Kind::Near;
    n.column = nearTok.column;
    for (;;) {
        const QueryToken &t = peek();
        if (t.type == QueryToken::Type::Word || t.type == QueryToken::Type::Phrase) {
            std::optional<QueryNode> item = term(take());
            if (!item) return std::nullopt;
            n.children.push_back(std::move(*item));
            continue;
        }
        if (t.type == QueryToken::Type::Comma) {
            take();
            const QueryToken d = take();
            bool ok = d.type == QueryToken::Type::Word && !d.prefix;
            const int distance = ok ? d.text.toInt(&ok) : 0;
            if (!ok || distance < 0 || distance > 100000)
                return fail(QStringLiteral("%1 at column %2: the distance in NEAR(...) must be a "
                                           "whole number from 0 to 100000")
                                .arg(describe(d))
                                .arg(d.column),
                            d.column);
            n.distance = distance;
            if (peek().type != QueryToken::Type::RParen)
                return fail(
                    QStringLiteral("%1 at column %2: expected ')' after the distance of NEAR(...)")
                        .arg(describe(peek()))
                        .arg(peek().column),
                    peek().column);
            break;
        }
        if (t.type == QueryToken::Type::RParen) break;
        if (t.type == QueryToken::Type::End)
            return fail(QStringLiteral("missing ')' for NEAR( at column %1").arg(open.column),
                        open.column);
        return fail(QStringLiteral("%1 at column %2: NEAR(...) takes words and phrases only")
                        .arg(describe(t))
                        .arg(t.column),
                    t.column);
    }
    take(); // ')'
    if (n.children.size() < 2)
        return fail(QStringLiteral("NEAR(...) at column %1 needs at least two words or phrases")
                        .arg(nearTok.column),
                    nearTok.column);
    return n;
}

} // namespace wm
