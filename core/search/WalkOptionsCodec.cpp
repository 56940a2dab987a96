// SPDX-FileCopyrightText: 2026 WhiteMagic contributors
// SPDX-License-Identifier: MIT

#include "WalkOptionsCodec.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace wm {

QString WalkOptionsCodec::toJson(const WalkOptions &o)
{
    QJsonObject obj;
    obj[QStringLiteral("include")] = QJsonArray::fromStringList(o.includes);
    obj[QStringLiteral("exclude")] = QJsonArray::fromStringList(o.excludes);
    obj[QStringLiteral("ignoreCase")] = o.caseInsensitiveGlobs;
    obj[QStringLiteral("hidden")] = o.hidden;
    obj[QStringLiteral("noIgnore")] = o.noIgnore;
    obj[QStringLiteral("followLinks")] = o.followLinks;
    return QString::fromUtf8(QJsonDocument(obj).toJson(QJsonDocument::Compact));
}

WalkOptions WalkOptionsCodec::fromJson(const QString &json, const QString &root)
{
    WalkOptions o;
    o.root = root;
    const QJsonObject obj = QJsonDocument::fromJson(json.toUtf8()).object();
    const auto list = [&](const char *key) {
        QStringList out;
        for (const QJsonValue &v : obj.value(QLatin1String(key)).toArray())
            out << v.toString();
        return out;
    };
    o.includes = list("include");
    o.excludes = list("exclude");
    o.caseInsensitiveGlobs = obj.value(QLatin1String("ignoreCase")).toBool();
    o.hidden = obj.value(QLatin1String("hidden")).toBool();
    o.noIgnore = obj.value(QLatin1String("noIgnore")).toBool();
    o.followLinks = obj.value(QLatin1String("followLinks")).toBool();
    return o;
}

} // namespace wm
