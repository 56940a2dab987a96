// SPDX-FileCopyrightText: 2026 WhiteMagic contributors
// SPDX-License-Identifier: MIT

#include "ArchiveManifest.h"

#include "ArchivePath.h"
#include "io/NativePath.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

namespace wm {

namespace {

const QString kFormat = QStringLiteral("whitemagic-archive-manifest");
constexpr int kVersion = 1;

// Names are bytes; JSON strings are Unicode. Valid UTF-8 is stored as text,
// anything else in base64 under a different key, so no name is mangled.
void putBytes(QJsonObject &o, const QString &key, const QByteArray &bytes)
{
    const QString text = QString::fromUtf8(bytes);
    if (text.toUtf8() == bytes)
        o.insert(key, text);
    else
        o.insert(key + QStringLiteral("Base64"), QString::fromLatin1(bytes.toBase64()));
}

std::optional<QByteArray> getBytes(const QJsonObject &o, const QString &key)
{
    const QJsonValue text = o.value(key);
    if (text.isString()) return text.toString().toUtf8();
    const QJsonValue b64 = o.value(key + QStringLiteral("Base64"));
    if (!b64.isString()) return std::nullopt;
    const auto decoded = QByteArray::fromBase64Encoding(b64.toString().toLatin1(),
                                                        QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded) return std::nullopt;
    return *decoded;
}

std::optional<ArchiveMember::Type> typeFromName(const QString &name)
{
    for (auto t :
         {ArchiveMember::Type::File, ArchiveMember::Type::Directory, ArchiveMember::Type::Symlink,
          ArchiveMember::Type::Hardlink, ArchiveMember::Type::Other})
        if (name == QLatin1String(memberTypeName(t))) return t;
    return std::nullopt;
}

QString shownMember(const QByteArray &path)
{
    return NativePath::displayBytes(path);
}

} // namespace

const QByteArray &ArchiveManifest::memberName()
{
    static const QByteArray name(".whitemagic-archive-manifest.json");
    return name;
}

bool ArchiveManifest::isManifestName(const QByteArray &name)
{
    const QByteArray normal = ArchivePath::normalize(name);
    return normal == memberName() || normal == ".wm-manifest.json"; // the name before 2026-12
}

bool ArchiveManifest::isOurs(const QByteArray &json)
{
    const QJsonDocument doc = QJsonDocument::fromJson(json);
    return doc.isObject() && doc.object().value(QStringLiteral("format")).toString() == kFormat;
}

void ArchiveManifest::add(const Entry &entry)
{
    const auto it = m_index.constFind(entry.path);
    if (it != m_index.constEnd()) {
        m_entries[*it] = entry;
        return;
    }
    m_index.insert(entry.path, m_entries.size());
    m_entries.append(entry);
}

const ArchiveManifest::Entry *ArchiveManifest::find(const QByteArray &path) const
{
    const auto it = m_index.constFind(path);
    return it == m_index.constEnd() ? nullptr : &m_entries[*it];
}

QByteArray ArchiveManifest::toJson() const
{
    QJsonArray members;
    for (const Entry &e : m_entries) {
        QJsonObject o;
        putBytes(o, QStringLiteral("path"), e.path);
        o.insert(QStringLiteral("type"), QLatin1String(memberTypeName(e.type)));
        if (e.type == ArchiveMember::Type::File) {
            o.insert(QStringLiteral("size"), double(e.size));
            o.insert(QStringLiteral("sha256"), QString::fromLatin1(e.sha256.toHex()));
        }
        if (e.type == ArchiveMember::Type::Symlink || e.type == ArchiveMember::Type::Hardlink)
            putBytes(o, QStringLiteral("target"), e.linkTarget);
        members.append(o);
    }
    QJsonObject root;
    root.insert(QStringLiteral("format"), kFormat);
    root.insert(QStringLiteral("version"), kVersion);
    root.insert(QStringLiteral("created"), QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
    root.insert(QStringLiteral("hash"), QStringLiteral("sha256"));
    root.insert(QStringLiteral("members"), members);
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

std::optional<ArchiveManifest> ArchiveManifest::fromJson(const QByteArray &json, QString *error)
{
    const auto bad = [error](const QString &why) -> std::optional<ArchiveManifest> {
        if (error) *error = QStringLiteral("invalid manifest: %1").arg(why);
        return std::nullopt;
    };
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &pe);
    if (pe.error != QJsonParseError::NoError) return bad(pe.errorString());
    const QJsonObject root = doc.object();
    if (root.value(QStringLiteral("format")).toString() != kFormat)
        return bad(QStringLiteral("unknown format"));
    if (root.value(QStringLiteral("version")).toInt() != kVersion)
        return bad(QStringLiteral("unsupported version %1")
                       .arg(root.value(QStringLiteral("version")).toInt()));
    ArchiveManifest m;
    const QJsonArray members = root.value(QStringLiteral("members")).toArray();
    for (const QJsonValue &v : members) {
        const QJsonObject o = v.toObject();
        Entry e;
        const auto path = getBytes(o, QStringLiteral("path"));
        if (!path || path->isEmpty()) return bad(QStringLiteral("a member without a path"));
        e.path = ArchivePath::normalize(*path);
        if (e.path.isEmpty()) return bad(QStringLiteral("unsafe path %1").arg(shownMember(*path)));
        const auto type = typeFromName(o.value(QStringLiteral("type")).toString());
        if (!type) return bad(QStringLiteral("unknown type for %1").arg(shownMember(e.path)));
        e.type = *type;
        if (e.type == ArchiveMember::Type::File) {
            const QJsonValue size = o.value(QStringLiteral("size"));
            e.size = qint64(size.toDouble(-1));
            e.sha256 = QByteArray::fromHex(o.value(QStringLiteral("sha256")).toString().toLatin1());
            if (!size.isDouble() || e.size < 0 || e.sha256.size() != 32)
                return bad(
                    QStringLiteral("missing size or SHA-256 for %1").arg(shownMember(e.path)));
        }
        if (e.type == ArchiveMember::Type::Symlink || e.type == ArchiveMember::Type::Hardlink) {
            const auto target = getBytes(o, QStringLiteral("target"));
            if (!target)
                return bad(QStringLiteral("missing link target for %1").arg(shownMember(e.path)));
            e.linkTarget = *target;
        }
        m.add(e);
    }
    return m;
}

QStringList ArchiveManifest::compare(const QList<Entry> &actual) const
{
    QStringList problems;
    QHash<QByteArray, const Entry *> seen;
    for (const Entry &a : actual)
        seen.insert(a.path, &a); // a later duplicate wins, as on extraction
    for (const Entry &want : m_entries) {
        const Entry *got = seen.value(want.path);
        if (!got) {
            problems << QStringLiteral("%1: listed in the manifest but missing from the archive")
                            .arg(shownMember(want.path));
            continue;
        }
        if (got->type != want.type) {
            problems << QStringLiteral("%1: is a %2 in the archive but a %3 in the manifest")
                            .arg(shownMember(want.path), QLatin1String(memberTypeName(got->type)),
                                 QLatin1String(memberTypeName(want.type)));
        } else if (want.type == ArchiveMember::Type::File && got->size != want.size) {
            problems << QStringLiteral("%1: size %2 differs from the manifest's %3")
                            .arg(shownMember(want.path))
                            .arg(got->size)
                            .arg(want.size);
        } else if (want.type == ArchiveMember::Type::File && got->sha256 != want.sha256) {
            problems << QStringLiteral(
                            "%1: SHA-256 differs from the manifest (the content is corrupt)")
                            .arg(shownMember(want.path));
        } else if (got->linkTarget != want.linkTarget) {
            problems << QStringLiteral("%1: link target differs from the manifest")
                            .arg(shownMember(want.path));
        }
    }
    QSet<QByteArray> reported;
    for (const Entry &a : actual)
        if (!find(a.path) && !reported.contains(a.path)) {
            reported.insert(a.path);
            problems << QStringLiteral("%1: in the archive but not in the manifest")
                            .arg(shownMember(a.path));
        }
    return problems;
}

} // namespace wm
