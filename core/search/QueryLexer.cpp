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
    // NUL would end the C strings SQLite sees; anywhere, it is a space.
    QString q = query;
    q.replace(QChar(0), QLatin1Char(' '));
    std::vector<QueryToken> out;
    const qsizetype n = q.size();
    qsizetype i = 0;
    // After "field:" the next word is a value, never an operator ("title:OR").
    bool literalNext = false;
    const auto push = [&](QueryToken::Type type, qsizetype at, QString text = {}) {
        QueryToken t;
        t.type = type;
        t.column = int(at) + 1;
        t.text = std::move(text);
        out.push_back(std::move(t));
    };
    while (i < n) {
        const QChar c = q.at(i);
        if (isSpace(c)) {
            ++i;
            literalNext = false;
            continue;
        }
        if (c == QLatin1Char('(')) {
            push(QueryToken::Type::LParen, i++);
            literalNext = false;
            continue;
        }
        if (c == QLatin1Char(')')) {
            push(QueryToken::Type::RParen, i++);
            literalNext = false;
            continue;
        }
        if (c == QLatin1Char(',')) {
            push(QueryToken::Type::Comma, i++);
            literalNext = false;
            continue;
        }
        if (c == QLatin1Char('"')) {
            const qsizetype start = i++;
            const qsizetype close = q.indexOf(QLatin1Char('"'), i);
            QueryToken t;
            t.type = QueryToken::Type::Phrase;
            t.column = int(start) + 1;
            if (close < 0) {
                t.text = q.mid(i);
                t.closed = false;
                i = n;
            } else {
                t.text = q.mid(i, close - i);
                i = close + 1;
                if (i < n && q.at(i) == QLatin1Char('*')) {
                    t.prefix = true;
                    while (i < n && q.at(i) == QLatin1Char('*'))
                        ++i;
                }
            }
            out.push_back(std::move(t));
            literalNext = false;
            continue;
        }
        const qsizetype start = i;
        while (i < n && !endsWord(q.at(i)))
            ++i;
        QString word = q.mid(start, i - start);
        // "field:" prefixes; anything else with a colon ("std::string",
        // "http://x") is an ordinary word.
        const qsizetype colon = word.indexOf(QLatin1Char(':'));
        if (!literalNext && colon > 0 && isField(word.left(colon).toLower())) {
            push(QueryToken::Type::Field, start, word.left(colon).toLower());
            i = start + colon + 1;
            literalNext = true;
            continue;
        }
        if (word == QLatin1String("NEAR") && i < n && q.at(i) == QLatin1Char('(')) {
            push(QueryToken::Type::Near, start, word); // "title:NEAR(" too: unambiguous
            literalNext = false;
            continue;
        }
        if (!literalNext) {
            if (word == QLatin1String("AND")) {
                push(QueryToken::Type::And, start, word);
                continue;
            }
            if (word == QLatin1String("OR")) {
                push(QueryToken::Type::Or, start, word);
                continue;
            }
            if (word == QLatin1String("NOT")) {
                push(QueryToken::Type::Not, start, word);
                continue;
            }
        }
        literalNext = false;
        QueryToken t;
        t.type = QueryToken::Type::Word;
        t.column = int(start) + 1;
        while (word.endsWith(QLatin1Char('*'))) {
            word.chop(1);
            t.prefix = true;
        }
        t.text = word;
        out.push_back(std::move(t));
    }
    QueryToken end;
    end.type = QueryToken::Type::End;
    end.column = int(n) + 1;
    out.push_back(end);
    return out;
}

} // namespace wm
