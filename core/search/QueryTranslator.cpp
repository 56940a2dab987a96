// SPDX-FileCopyrightText: 2026 WhiteMagic contributors
// SPDX-License-Identifier: MIT

#include "QueryTranslator.h"

#include "QueryNode.h"
#include "QueryParser.h"
#include "SearchSchema.h"

#include <optional>

namespace wm {
namespace {

using Kind = QueryNode::Kind;
using Field = QueryNode::Field;

struct Failure
{
    QString message;
    int column = 0;
};

QString columnName(Field f)
{
    const auto name = SearchSchema::columnNames[size_t(f)];
    return QString::fromLatin1(name.data(), qsizetype(name.size()));
}

QString extValue(QString text)
{
    while (text.startsWith(QLatin1Char('.')))
        text.remove(0, 1);
    return text.toLower();
}

// Drops terms with nothing searchable; returns nullopt when nothing is left.
std::optional<QueryNode> simplify(QueryNode n, QueryTranslator::Mode mode, Failure &fail)
{
    switch (n.kind) {
    case Kind::Term: {
        if (n.field == Field::Ext) n.text = extValue(n.text);
        if (mode == QueryTranslator::Mode::Words) {
            if (!QueryTranslator::hasWordCharacter(n.text)) return std::nullopt;
            if (const QString lost = QueryTranslator::lostSuffix(n.text);
                !lost.isEmpty() && fail.message.isEmpty()) {
                // "c++" would silently search for the word "c".
                fail = {QStringLiteral("'%1' at column %2: words are letters, digits and '_', so "
                                       "'%3' cannot be searched and '%4' alone would match; use "
                                       "--substring to match '%1' exactly")
                            .arg(n.text)
                            .arg(n.column)
                            .arg(lost, n.text.chopped(lost.size())),
                        n.column};
            }
            return n;
        }
        if (n.text.isEmpty()) return std::nullopt;
        const bool content = n.field == Field::Any || n.field == Field::Content;
        if (content && n.text.toUcs4().size() < QueryTranslator::minSubstring &&
            fail.message.isEmpty()) {
            fail = {QStringLiteral("substring terms need at least %1 characters: '%2' at column %3")
                        .arg(QueryTranslator::minSubstring)
                        .arg(n.text)
                        .arg(n.column),
                    n.column};
        }
        return n;
    }
    case Kind::Near: {
        if (mode == QueryTranslator::Mode::Substring) {
            if (fail.message.isEmpty())
                fail = {QStringLiteral("NEAR(...) at column %1 is not available with --substring")
                            .arg(n.column),
                        n.column};
            return std::nullopt;
        }
        std::vector<QueryNode> kept;
        for (QueryNode &c : n.children)
            if (QueryTranslator::hasWordCharacter(c.text)) kept.push_back(std::move(c));
        if (kept.empty()) return std::nullopt;
        if (kept.size() == 1) {
            QueryNode only = std::move(kept.front());
            only.field = n.field;
            return only;
        }
        n.children = std::move(kept);
        return n;
    }
    case Kind::And:
    case Kind::Or:
    case Kind::Not: {
        std::optional<QueryNode> l = simplify(std::move(n.children[0]), mode, fail);
        std::optional<QueryNode> r = simplify(std::move(n.children[1]), mode, fail);
        if (!l && n.kind == Kind::Not) {
            if (r && fail.message.isEmpty())
                fail = {QStringLiteral("'NOT' at column %1 has nothing to search for before it")
                            .arg(n.column),
                        n.column};
            return std::nullopt;
        }
        if (!l) return r;
        if (!r) return l;
        n.children[0] = std::move(*l);
        n.children[1] = std::move(*r);
        return n;
    }
    }
    return std::nullopt;
}

QString ftsString(const QString &text)
{
    QString s = text;
    s.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + s + QLatin1Char('"');
}

QString ftsPhrase(const QueryNode &t)
{
    return ftsString(t.text) + (t.prefix ? QStringLiteral("*") : QString());
}

QString columnFilter(Field f)
{
    return f == Field::Any ? QString() : QStringLiteral("{%1} : ").arg(columnName(f));
}

QString toFts(const QueryNode &n)
{
    switch (n.kind) {
    case Kind::Term:
        return columnFilter(n.field) + ftsPhrase(n);
    case Kind::Near: {
        QStringList parts;
        for (const QueryNode &c : n.children)
            parts << ftsPhrase(c);
        return columnFilter(n.field) +
               QStringLiteral("NEAR(%1, %2)").arg(parts.join(QLatin1Char(' '))).arg(n.distance);
    }
    case Kind::And:
    case Kind::Or:
    case Kind::Not:
        break;
    }
    // Chains of one operator are written flat ("a AND b AND c"): FTS5's
    // parser has a small stack, and 100 nested parentheses overflow it.
    // All three operators associate to the left in FTS5; AND and OR are
    // associative, so their right operand may stay flat as well.
    const auto operand = [&](const QueryNode &c, bool right) {
        const bool binary = c.kind == Kind::And || c.kind == Kind::Or || c.kind == Kind::Not;
        const bool flat = c.kind == n.kind && (!right || n.kind != Kind::Not);
        return binary && !flat ? QLatin1Char('(') + toFts(c) + QLatin1Char(')') : toFts(c);
    };
    const QString l = operand(n.children[0], false);
    const QString r = operand(n.children[1], true);
    const char *op = n.kind == Kind::And ? "AND" : n.kind == Kind::Or ? "OR" : "NOT";
    return QStringLiteral("%1 %2 %3").arg(l, QLatin1String(op), r);
}

QString likeEscaped(const QString &text)
{
    QString s = text;
    s.replace(QLatin1Char('\\'), QStringLiteral("\\\\"));
    s.replace(QLatin1Char('%'), QStringLiteral("\\%"));
    s.replace(QLatin1Char('_'), QStringLiteral("\\_"));
    return s;
}

class SubstringSql
{
public:
    QStringList params;
    QStringList highlight;

    QString build(const QueryNode &n, bool positive)
    {
        if (n.kind == Kind::Term) return term(n, positive);
        if (n.kind == Kind::Near) return QStringLiteral("0"); // rejected by simplify()
        // One after the other: parameters are numbered in query order.
        const QString l = build(n.children[0], positive);
        const QString r = build(n.children[1], n.kind == Kind::Not ? !positive : positive);
        switch (n.kind) {
        case Kind::And:
            return QStringLiteral("(%1 AND %2)").arg(l, r);
        case Kind::Or:
            return QStringLiteral("(%1 OR %2)").arg(l, r);
        default:
            return QStringLiteral("(%1 AND NOT %2)").arg(l, r);
        }
    }

private:
    QString param(const QString &value)
    {
        params << value;
        return QStringLiteral("?%1").arg(params.size());
    }

    // Candidates from the trigram index: every trigram of the term must be
    // in the file (MATCH "abc" AND "bcd" ...; single trigrams are all a
    // detail=none table answers), then the exact, escaped LIKE on the text.
    // (Not `tri.content LIKE`, whose pattern parsing crashes SQLite 3.40 on
    // some multi-byte patterns, and which needs '%' and '_' unescaped.)
    QString content(const QString &text)
    {
        QStringList trigrams;
        const QList<uint> cps = text.toUcs4();
        for (qsizetype i = 0; i + 3 <= cps.size(); ++i) {
            const QString tri =
                QString::fromUcs4(reinterpret_cast<const char32_t *>(cps.constData() + i), 3);
            const QString quoted = QLatin1Char('"') +
                                   QString(tri).replace(QLatin1Char('"'), QStringLiteral("\"\"")) +
                                   QLatin1Char('"');
            if (!trigrams.contains(quoted)) trigrams << quoted;
        }
        return QStringLiteral(
                   "(d.id IN (SELECT rowid FROM tri WHERE tri MATCH %1) AND "
                   "(SELECT b.content FROM bodytext AS b WHERE b.id = d.id) LIKE %2 ESCAPE '\\')")
            .arg(param(trigrams.join(QStringLiteral(" AND "))),
                 param(QLatin1Char('%') + likeEscaped(text) + QLatin1Char('%')));
    }

    QString like(const char *column, const QString &text)
    {
        return QStringLiteral("d.%1 LIKE %2 ESCAPE '\\'")
            .arg(QLatin1String(column),
                 param(QLatin1Char('%') + likeEscaped(text) + QLatin1Char('%')));
    }

    QString term(const QueryNode &t, bool positive)
    {
        switch (t.field) {
        case Field::Any:
            if (positive) highlight << t.text;
            return QStringLiteral("(%1 OR %2)").arg(content(t.text), like("path", t.text));
        case Field::Content:
            if (positive) highlight << t.text;
            return content(t.text);
        case Field::Path:
            return like("path", t.text);
        case Field::Name:
            return like("name", t.text);
        case Field::Title:
            return like("title", t.text);
        case Field::Tags:
            return like("tags", t.text);
        case Field::Ext:
            if (t.prefix)
                return QStringLiteral("d.ext LIKE %1 ESCAPE '\\'")
                    .arg(param(likeEscaped(t.text) + QLatin1Char('%')));
            return QStringLiteral("d.ext = %1").arg(param(t.text));
        }
        return QStringLiteral("0");
    }
};

} // namespace

QString QueryTranslator::lostSuffix(const QString &text)
{
    // '+' and '#' after a word make another name (c++, g++, c#, f#), which
    // the word index cannot tell from the bare word.
    qsizetype end = text.size();
    while (end > 0 &&
           (text.at(end - 1) == QLatin1Char('+') || text.at(end - 1) == QLatin1Char('#')))
        --end;
    if (end == text.size() || end == 0 || !hasWordCharacter(text.left(end).right(1))) return {};
    return text.mid(end);
}

bool QueryTranslator::hasWordCharacter(const QString &text)
{
    for (qsizetype i = 0; i < text.size(); ++i) {
        char32_t c = text.at(i).unicode();
        if (QChar::isHighSurrogate(c) && i + 1 < text.size() && text.at(i + 1).isLowSurrogate()) {
            c = QChar::surrogateToUcs4(text.at(i), text.at(i + 1));
            ++i;
        }
        if (c == U'_') return true;
        switch (QChar::category(c)) {
        case QChar::Letter_Uppercase:
        case QChar::Letter_Lowercase:
        case QChar::Letter_Titlecase:
        case QChar::Letter_Modifier:
        case QChar::Letter_Other:
        case QChar::Mark_NonSpacing:
        case QChar::Mark_SpacingCombining:
        case QChar::Mark_Enclosing:
        case QChar::Number_DecimalDigit:
        case QChar::Number_Letter:
        case QChar::Punctuation_Connector:
            return true;
        default:
            break;
        }
    }
    return false;
}

TranslatedQuery QueryTranslator::translate(const QString &query, Mode mode)
{
    TranslatedQuery out;
    QueryParser::Error perr;
    std::optional<QueryNode> tree = QueryParser::parse(query, &perr);
    if (!tree) {
        out.error = perr.message;
        out.errorColumn = perr.column;
        return out;
    }
    Failure fail;
    std::optional<QueryNode> simple = simplify(std::move(*tree), mode, fail);
    if (!fail.message.isEmpty()) {
        out.error = fail.message;
        out.errorColumn = fail.column;
        return out;
    }
    if (!simple) {
        out.error = mode == Mode::Words
                        ? QStringLiteral(
                              "the query has nothing to search for: words need letters or digits")
                        : QStringLiteral("the query has nothing to search for");
        return out;
    }
    if (mode == Mode::Words) {
        out.fts = toFts(*simple);
    } else {
        SubstringSql sql;
        out.where = sql.build(*simple, true);
        out.params = sql.params;
        out.highlight = sql.highlight;
        out.highlight.removeDuplicates();
    }
    out.ok = true;
    return out;
}

} // namespace wm
