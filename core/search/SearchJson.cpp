#include "SearchJson.h"

#include <QDateTime>
#include <QJsonArray>

namespace wm {
namespace {

QJsonArray spans(const QList<HitSpan> &hits)
{
    QJsonArray a;
    for (const HitSpan &h : hits)
        a.append(
            QJsonObject{{QStringLiteral("start"), h.start}, {QStringLiteral("length"), h.length}});
    return a;
}

} // namespace

QJsonObject SearchJson::toJson(const SearchQuery &query, const SearchResult &result)
{
    QJsonArray results;
    for (const SearchHit &h : result.hits) {
        QJsonObject o;
        o[QStringLiteral("path")] = h.path;
        // A name that is not UTF-8 also as its bytes, as the audit's JSON does.
        if (!h.pathBytes.isEmpty() && !h.pathBytes.isValidUtf8())
            o[QStringLiteral("pathBytes")] = QString::fromLatin1(h.pathBytes.toBase64());
        o[QStringLiteral("score")] = h.score;
        o[QStringLiteral("title")] = h.title;
        o[QStringLiteral("titleHits")] = spans(h.titleHits);
        o[QStringLiteral("snippet")] = h.snippet;
        o[QStringLiteral("hits")] = spans(h.hits);
        o[QStringLiteral("line")] = h.line;
        o[QStringLiteral("size")] = h.size;
        o[QStringLiteral("mtime")] =
            h.mtimeMs < 0 ? QJsonValue()
                          : QJsonValue(QDateTime::fromMSecsSinceEpoch(h.mtimeMs, Qt::UTC)
                                           .toString(Qt::ISODateWithMs));
        o[QStringLiteral("truncated")] = h.truncated;
        results.append(o);
    }
    QJsonObject root;
    root[QStringLiteral("query")] = query.text;
    root[QStringLiteral("mode")] =
        query.substring ? QStringLiteral("substring") : QStringLiteral("words");
    root[QStringLiteral("expression")] = result.expression;
    root[QStringLiteral("total")] = result.total;
    root[QStringLiteral("offset")] = query.offset;
    root[QStringLiteral("limit")] = query.limit;
    root[QStringLiteral("elapsedMs")] = result.elapsedMs;
    root[QStringLiteral("results")] = results;
    return root;
}

} // namespace wm
