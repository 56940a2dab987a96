// SPDX-FileCopyrightText: 2026 WhiteMagic contributors
// SPDX-License-Identifier: MIT

#pragma once

#include "search/SearchQuery.h"
#include "search/SearchResult.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>

namespace wm::test {

// The document `wm search --json` prints, built with QJsonObject: the
// reference SearchJson::toJsonText (which writes the text directly) must
// match byte for byte once QJsonDocument::toJson(Indented) writes it. Kept
// here, not in core: nothing but this check builds the object.
class SearchJsonReference
{
public:
    static QJsonObject toJson(const SearchQuery &query, const SearchResult &result)
    {
        QJsonArray results;
        for (const SearchHit &h : result.hits)
            results.append(hit(h));
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

private:
    static QJsonObject hit(const SearchHit &h)
    {
        QJsonObject o;
        o[QStringLiteral("path")] = h.path;
        // A name that is not UTF-8 also as its bytes, as the audit's JSON does.
        if (!h.pathBytes.isEmpty() && !h.pathBytes.isValidUtf8())
            o[QStringLiteral("pathBytes")] = QString::fromLatin1(h.pathBytes.toBase64());
        o[QStringLiteral("score")] = h.score;
        o[QStringLiteral("title")] = h.title;
        o[QStringLiteral("titleHits")] = spans(h.title, h.titleHits);
        o[QStringLiteral("snippet")] = h.snippet;
        o[QStringLiteral("hits")] = spans(h.snippet, h.hits);
        o[QStringLiteral("line")] = h.line;
        o[QStringLiteral("size")] = h.size;
        o[QStringLiteral("mtime")] =
            h.mtimeMs < 0 ? QJsonValue()
                          : QJsonValue(QDateTime::fromMSecsSinceEpoch(h.mtimeMs, Qt::UTC)
                                           .toString(Qt::ISODateWithMs));
        o[QStringLiteral("truncated")] = h.truncated;
        return o;
    }

    // Each span in three units, counted by Qt's own conversions: UTF-16
    // code units, code points (toUcs4) and UTF-8 bytes (toUtf8).
    static QJsonArray spans(const QString &text, const QList<HitSpan> &hits)
    {
        QJsonArray a;
        for (const HitSpan &h : hits) {
            const QStringView before = QStringView(text).left(h.start);
            const QStringView span = QStringView(text).mid(h.start, h.length);
            a.append(QJsonObject{{QStringLiteral("start"), h.start},
                                 {QStringLiteral("length"), h.length},
                                 {QStringLiteral("startCodePoint"), before.toUcs4().size()},
                                 {QStringLiteral("codePoints"), span.toUcs4().size()},
                                 {QStringLiteral("startByte"), before.toUtf8().size()},
                                 {QStringLiteral("bytes"), span.toUtf8().size()}});
        }
        return a;
    }
};

} // namespace wm::test
