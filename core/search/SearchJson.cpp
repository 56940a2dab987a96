// SPDX-FileCopyrightText: 2026 WhiteMagic contributors
// SPDX-License-Identifier: MIT

#include "SearchJson.h"

#include "IndentedJson.h"

#include <QDateTime>
#include <cstdio>

namespace wm {
namespace {

// QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODateWithMs),
// "2023-11-14T22:13:20.123Z", without QDateTime: a search prints one per
// result, and Qt's path costs some 13,000 instructions each. Years past
// 9999 (Qt writes them otherwise) take Qt's path.
QString isoUtc(qint64 ms)
{
    constexpr qint64 msPerDay = 86'400'000;
    constexpr qint64 year10000 = 253'402'300'800'000; // 10000-01-01T00:00:00Z
    if (ms < 0 || ms >= year10000)
        return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODateWithMs);
    // Days since 1970-01-01 to a civil date (H. Hinnant's days_from_civil,
    // inverted), for days >= 0.
    const qint64 days = ms / msPerDay;
    const qint64 inDay = ms % msPerDay;
    const qint64 z = days + 719468;
    const qint64 era = z / 146097;
    const qint64 doe = z - era * 146097;
    const qint64 yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    const qint64 doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const qint64 mp = (5 * doy + 2) / 153;
    const qint64 day = doy - (153 * mp + 2) / 5 + 1;
    const qint64 month = mp < 10 ? mp + 3 : mp - 9;
    const qint64 year = yoe + era * 400 + (month <= 2 ? 1 : 0);
    char text[96]; // room for any int, as the compiler checks
    std::snprintf(text, sizeof text, "%04d-%02d-%02dT%02d:%02d:%02d.%03dZ", int(year), int(month),
                  int(day), int(inDay / 3'600'000), int(inDay / 60'000 % 60),
                  int(inDay / 1000 % 60), int(inDay % 1000));
    return QString::fromLatin1(text);
}

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
        json.value(isoUtc(h.mtimeMs));
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
