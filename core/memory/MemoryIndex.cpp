// SPDX-FileCopyrightText: 2026 WhiteMagic contributors
// SPDX-License-Identifier: MIT

#include "MemoryIndex.h"

#include "io/NativePath.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <algorithm>

namespace wm {
namespace {

const QString kFormat = QStringLiteral("whitemagic-memory-index");

QString isoTime(const QDateTime &t)
{
    return t.toUTC().toString(Qt::ISODate);
}

} // namespace

QByteArray MemoryIndex::build(const std::vector<const MemoryNote *> &notes,
                              const std::vector<Archive> &archives, const QDateTime &updated)
{
    std::vector<const MemoryNote *> sorted = notes;
    std::sort(sorted.begin(), sorted.end(),
              [](const MemoryNote *a, const MemoryNote *b) { return a->relPath < b->relPath; });
    QJsonArray noteArray;
    for (const MemoryNote *n : sorted) {
        QJsonObject o{{QStringLiteral("path"), NativePath::display(n->relPath)},
                      {QStringLiteral("title"), n->title},
                      {QStringLiteral("created"), isoTime(n->created)},
                      {QStringLiteral("tags"), QJsonArray::fromStringList(n->tags)},
                      {QStringLiteral("size"), n->size},
                      {QStringLiteral("sha256"), QString::fromLatin1(n->sha256.toHex())}};
        if (!n->mergedFrom.isEmpty())
            o.insert(QStringLiteral("merged_from"), QJsonArray::fromStringList(n->mergedFrom));
        noteArray.append(o);
    }
    QJsonArray archiveArray;
    for (const Archive &a : archives)
        archiveArray.append(QJsonObject{{QStringLiteral("path"), NativePath::display(a.relPath)},
                                        {QStringLiteral("run"), a.runId},
                                        {QStringLiteral("notes"), a.notes}});
    const QJsonObject root{{QStringLiteral("format"), kFormat},
                           {QStringLiteral("version"), 1},
                           {QStringLiteral("updated"), isoTime(updated)},
                           {QStringLiteral("notes"), noteArray},
                           {QStringLiteral("archives"), archiveArray}};
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

bool MemoryIndex::isOurs(const QByteArray &bytes)
{
    const QJsonDocument doc = QJsonDocument::fromJson(bytes);
    return doc.isObject() && doc.object().value(QStringLiteral("format")).toString() == kFormat;
}

} // namespace wm
