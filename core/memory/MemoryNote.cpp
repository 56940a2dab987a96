// SPDX-FileCopyrightText: 2026 WhiteMagic contributors
// SPDX-License-Identifier: MIT

#include "MemoryNote.h"

#include "FrontMatterBlock.h"
#include "NoteName.h"

#include <QCryptographicHash>
#include <QVariant>

namespace wm {
namespace {

QByteArray firstLine(const QByteArray &bytes, qsizetype from)
{
    const qsizetype nl = bytes.indexOf('\n', from);
    return bytes.mid(from, nl < 0 ? -1 : nl - from).trimmed();
}

// Byte offset of line `index` (0-based) of `bytes` from `from`, or size.
qsizetype lineOffset(const QByteArray &bytes, qsizetype from, size_t index)
{
    qsizetype pos = from;
    for (size_t i = 0; i < index; ++i) {
        const qsizetype nl = bytes.indexOf('\n', pos);
        if (nl < 0) return bytes.size();
        pos = nl + 1;
    }
    return pos;
}

// The front matter's `created`: ISO 8601; without a zone it is read as UTC
// (the store's convention). Invalid QDateTime when it cannot be read.
QDateTime parseCreated(const QString &text)
{
    QDateTime t = QDateTime::fromString(text.trimmed(), Qt::ISODateWithMs);
    if (!t.isValid()) return {};
    if (t.timeSpec() == Qt::LocalTime) t.setTimeSpec(Qt::UTC);
    return t.toUTC();
}

QString readFields(MemoryNote &note)
{
    const FrontMatter &fm = note.frontMatter;
    const FrontMatterBlock block = FrontMatterBlock::split(note.rawFrontMatter);
    if (block.contains("tags") && !fm.fields.contains(QStringLiteral("tags")))
        return QStringLiteral("front matter: tags is neither a list nor a value");
    const bool hasTitle = fm.fields.contains(QStringLiteral("title"));
    const bool hasCreated = fm.fields.contains(QStringLiteral("created"));
    if (!hasTitle && !hasCreated)
        return QStringLiteral("front matter has neither a title nor a created time");
    const auto name = NoteName::parse(note.fileName());
    note.title = fm.title();
    if (note.title.isEmpty() && name) note.title = name->slug;
    if (hasCreated) {
        const QString text = fm.fields.value(QStringLiteral("created")).toString();
        note.created = parseCreated(text);
        if (!note.created.isValid())
            return QStringLiteral("front matter: created '%1' is not an ISO 8601 time").arg(text);
    } else if (name) {
        note.created = name->stamp;
    }
    note.tags = fm.tags();
    note.mergedFrom = fm.fields.value(QStringLiteral("merged_from")).toStringList();
    return {};
}

} // namespace

QString tierFolder(NoteTier tier)
{
    switch (tier) {
    case NoteTier::ShortTerm:
        return QStringLiteral("short_term");
    case NoteTier::LongTerm:
        return QStringLiteral("long_term");
    case NoteTier::Archive:
        return QStringLiteral("archive");
    }
    return {};
}

QString MemoryNote::fileName() const
{
    return relPath.mid(relPath.lastIndexOf(QLatin1Char('/')) + 1);
}

bool MemoryNote::hasTag(const QString &tag) const
{
    return tags.contains(tag, Qt::CaseInsensitive);
}

MemoryNote MemoryNote::parse(const QString &relPath, NoteTier tier, QByteArray bytes)
{
    MemoryNote note;
    note.relPath = relPath;
    note.tier = tier;
    note.size = bytes.size();
    note.sha256 = QCryptographicHash::hash(bytes, QCryptographicHash::Sha256);
    note.bytes = std::move(bytes);
    const QByteArray &b = note.bytes;
    const qsizetype start = b.startsWith("\xEF\xBB\xBF") ? 3 : 0;
    const QByteArray fence = firstLine(b, start);
    if (fence == "+++") {
        note.problem = QStringLiteral("TOML front matter: a note's front matter is YAML");
        return note;
    }
    if (fence != "---") {
        note.problem = QStringLiteral("no front matter: a note starts with a '---' line");
        return note;
    }
    note.frontMatter = FrontMatter::read(std::string_view(b.constData(), size_t(b.size())));
    if (note.frontMatter.format != FrontMatter::Format::Yaml) {
        note.problem = QStringLiteral("front matter not closed: no '---' line ends it");
        return note;
    }
    const qsizetype yamlBegin = lineOffset(b, start, 1);
    const qsizetype fenceBegin = lineOffset(b, start, note.frontMatter.bodyLine - 1);
    const qsizetype bodyBegin = lineOffset(b, start, note.frontMatter.bodyLine);
    note.rawFrontMatter = b.mid(yamlBegin, fenceBegin - yamlBegin);
    note.rawBody = b.mid(bodyBegin);
    note.body = QString::fromUtf8(note.rawBody);
    if (!note.frontMatter.error.isEmpty()) {
        const QString &e = note.frontMatter.error;
        note.problem = e.startsWith(QLatin1String("front matter"))
                           ? e
                           : QStringLiteral("front matter: %1").arg(e);
        return note;
    }
    note.problem = readFields(note);
    return note;
}

} // namespace wm
