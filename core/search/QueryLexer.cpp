// SPDX-FileCopyrightText: 2026 WhiteMagic contributors
// SPDX-License-Identifier: MIT

#include "QueryLexer.h"

namespace wm {
namespace {

bool isSpace(QChar c)
{
    return c.isSpace() || c.unicode() == 0;
}

bool endsWord(QChar c)
{
    return isSpace(c) || c == QLatin1Char('"') || c == QLatin1Char('(') || c == QLatin1Char(')') ||
           c == QLatin1Char(',');
}

} // namespace

bool QueryLexer::isField(const QString &name)
{
    static const char *const fields[] = {"path", "name", "ext", "title", "tag", "tags", "content"};
    for (const char *f : fields)
        if (name == QLatin1String(f)) return true;
    return false;
}

std::vector<QueryToken> QueryLexer::tokenize(const QString &query)
{
    QueryLexer lexer(query);
    lexer.run();
    return std::move(lexer.m_out);
}

QueryLexer::QueryLexer(const QString &query) : m_q(query)
{
    // NUL would end the C strings SQLite sees; anywhere, it is a space.
    m_q.replace(QChar(0), QLatin1Char(' '));
    m_n = m_q.size();
}

void QueryLexer::push(QueryToken::Type type, qsizetype at, QString text)
{
    QueryToken t;
    t.type = type;
    t.column = int(at) + 1;
    t.text = std::move(text);
    m_out.push_back(std::move(t));
}

void QueryLexer::run()
{
    while (m_i < m_n) {
        const QChar c = m_q.at(m_i);
        if (isSpace(c)) {
            ++m_i;
            m_literalNext = false;
        } else if (c == QLatin1Char('(')) {
            push(QueryToken::Type::LParen, m_i++);
            m_literalNext = false;
        } else if (c == QLatin1Char(')')) {
            push(QueryToken::Type::RParen, m_i++);
            m_literalNext = false;
        } else if (c == QLatin1Char(',')) {
            push(QueryToken::Type::Comma, m_i++);
            m_literalNext = false;
        } else if (c == QLatin1Char('"')) {
            phrase();
            m_literalNext = false;
        } else {
            word();
        }
    }
    push(QueryToken::Type::End, m_n);
}

void QueryLexer::phrase()
{
    const qsizetype start = m_i++;
    const qsizetype close = m_q.indexOf(QLatin1Char('"'), m_i);
    QueryToken t;
    t.type = QueryToken::Type::Phrase;
    t.column = int(start) + 1;
    if (close < 0) {
        t.text = m_q.mid(m_i);
        t.closed = false;
        m_i = m_n;
    } else {
        t.text = m_q.mid(m_i, close - m_i);
        m_i = close + 1;
        if (m_i < m_n && m_q.at(m_i) == QLatin1Char('*')) {
            t.prefix = true;
            while (m_i < m_n && m_q.at(m_i) == QLatin1Char('*'))
                ++m_i;
        }
    }
    m_out.push_back(std::move(t));
}

void QueryLexer::word()
{
    const qsizetype start = m_i;
    while (m_i < m_n && !endsWord(m_q.at(m_i)))
        ++m_i;
    QString word = m_q.mid(start, m_i - start);
    // "field:" prefixes; anything else with a colon ("std::string",
    // "http://x") is an ordinary word.
    const qsizetype colon = word.indexOf(QLatin1Char(':'));
    if (!m_literalNext && colon > 0 && isField(word.left(colon).toLower())) {
        push(QueryToken::Type::Field, start, word.left(colon).toLower());
        m_i = start + colon + 1;
        m_literalNext = true;
        return;
    }
    if (keyword(word, start)) return;
    m_literalNext = false;
    QueryToken t;
    t.type = QueryToken::Type::Word;
    t.column = int(start) + 1;
    while (word.endsWith(QLatin1Char('*'))) {
        word.chop(1);
        t.prefix = true;
    }
    t.text = word;
    m_out.push_back(std::move(t));
}

bool QueryLexer::keyword(const QString &word, qsizetype start)
{
    if (word == QLatin1String("NEAR") && m_i < m_n && m_q.at(m_i) == QLatin1Char('(')) {
        push(QueryToken::Type::Near, start, word); // "title:NEAR(" too: unambiguous
        m_literalNext = false;
        return true;
    }
    if (m_literalNext) return false;
    if (word == QLatin1String("AND")) {
        push(QueryToken::Type::And, start, word);
        return true;
    }
    if (word == QLatin1String("OR")) {
        push(QueryToken::Type::Or, start, word);
        return true;
    }
    if (word == QLatin1String("NOT")) {
        push(QueryToken::Type::Not, start, word);
        return true;
    }
    return false;
}

} // namespace wm
