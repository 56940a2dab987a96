// SPDX-FileCopyrightText: 2026 WhiteMagic contributors
// SPDX-License-Identifier: MIT

#include "SearchJson.h"

#include "IndentedJson.h"

#include <QDateTime>

namespace wm {
namespace {

// toUtf8().size() and toUcs4().size() without building either: this runs
// for every hit of every result. Text with surrogates takes Qt's own path
// (how it counts a lone surrogate is Qt's to say).
struct Sizes
{
    qsizetype bytes = 0;
    qsizetype codePoints = 0;
};

Sizes sizesOf(QStringView text)
{
    Sizes n;
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        if (QChar::isSurrogate(u)) return {text.toUtf8().size(), text.toUcs4().size()};
        n.bytes += u < 0x80 ? 1 : u < 0x800 ? 2 : 3;
    }
    n.codePoints = text.size();
    return n;
}

// Each span in three units, so any consumer can slice the text without
// guessing: "start"/"length" in UTF-16 code units (JavaScript, Qt, Java),
// "startCodePoint"/"codePoints" (Python str) and "startByte"/"bytes" in
// the UTF-8 encoding (Rust, Go, C). Members in QJsonObject's (sorted) order.
void writeSpans(IndentedJson &json, const QString &text, const QList<HitSpan> &hits)
{
    json.beginArray();
    for (const HitSpan &h : hits) {
        const QStringView before = QStringView(text).left(h.start);
        const QStringView hit = QStringView(text).mid(h.start, h.length);
        const Sizes b = sizesOf(before);
        const Sizes n = sizesOf(hit);
        json.beginObject();
        json.key(u"bytes");
        json.value(n.bytes);
        json.key(u"codePoints");
        json.value(n.codePoints);
        json.key(u"length");
        json.value(h.length);
        json.key(u"start");
        json.value(h.start);
        json.key(u"startByte");
        json.value(b.bytes);
        json.key(u"startCodePoint");
        json.value(b.codePoints);
        json.endObject();
    }
    json.endArray();
}

void writeHit(IndentedJson &json, const SearchHit &h)
{
    json.beginObject();
    json.key(u"hits");
    writeSpans(json, h.snippet, h.hits);
    json.key(u"line");
    json.value(h.line);
    json.key(u"mtime");
    if (h.mtimeMs < 0)
        json.null();
    else
        json.value(QDateTime::fromMSecsSinceEpoch(h.mtimeMs, Qt::UTC).toString(Qt::ISODateWithMs));
    json.key(u"path");
    json.value(h.path);
    if (!h.pathBytes.isEmpty() && !h.pathBytes.isValidUtf8()) {
        json.key(u"pathBytes");
        json.value(QString::fromLatin1(h.pathBytes.toBase64()));
    }
    json.key(u"score");
    json.value(h.score);
    json.key(u"size");
    json.value(h.size);
    json.key(u"snippet");
    json.value(h.snippet);
    json.key(u"title");
    json.value(h.title);
    json.key(u"titleHits");
    writeSpans(json, h.title, h.titleHits);
    json.key(u"truncated");
    json.value(h.truncated);
    json.endObject();
}

} // namespace

QByteArray SearchJson::toJsonText(const SearchQuery &query, const SearchResult &result)
{
    IndentedJson json;
    json.beginObject();
    json.key(u"elapsedMs");
    json.value(result.elapsedMs);
    json.key(u"expression");
    json.value(result.expression);
    json.key(u"limit");
    json.value(query.limit);
    json.key(u"mode");
    json.value(query.substring ? u"substring" : u"words");
    json.key(u"offset");
    json.value(query.offset);
    json.key(u"query");
    json.value(query.text);
    json.key(u"results");
    json.beginArray();
    for (const SearchHit &h : result.hits)
        writeHit(json, h);
    json.endArray();
    json.key(u"total");
    json.value(result.total);
    json.endObject();
    return json.text();
}

} // namespace wm
