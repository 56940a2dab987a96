// SPDX-FileCopyrightText: 2026 WhiteMagic contributors
// SPDX-License-Identifier: MIT

#include "ArchivePath.h"

namespace wm {

namespace {

bool refuse(QString *why, const QString &reason)
{
    if (why) *why = reason;
    return false;
}

} // namespace

bool ArchivePath::split(const QByteArray &name, QList<QByteArray> &components, QString *why)
{
    components.clear();
    if (name.isEmpty()) return refuse(why, QStringLiteral("empty member name"));
    if (name.startsWith('/')) return refuse(why, QStringLiteral("absolute path"));
    if (name.contains('\0')) return refuse(why, QStringLiteral("NUL byte in the name"));
    for (const QByteArray &part : name.split('/')) {
        if (part.isEmpty() || part == ".") continue;
        if (part == "..") return refuse(why, QStringLiteral("'..' in the path"));
        components.append(part);
    }
    if (components.isEmpty())
        return refuse(why, QStringLiteral("the name denotes the extraction folder itself"));
    return true;
}

QByteArray ArchivePath::join(const QList<QByteArray> &components)
{
    QByteArray out;
    for (const QByteArray &c : components) {
        if (!out.isEmpty()) out += '/';
        out += c;
    }
    return out;
}

QByteArray ArchivePath::normalize(const QByteArray &name)
{
    QList<QByteArray> parts;
    return split(name, parts) ? join(parts) : QByteArray();
}

bool ArchivePath::isTopFolder(const QByteArray &name)
{
    if (name.isEmpty() || name.startsWith('/')) return false;
    for (const QByteArray &part : name.split('/'))
        if (!part.isEmpty() && part != ".") return false;
    return true;
}

bool ArchivePath::isSafeSymlinkTarget(const QList<QByteArray> &linkComponents,
                                      const QByteArray &target, QString *why)
{
    if (target.isEmpty()) return refuse(why, QStringLiteral("empty link target"));
    if (target.startsWith('/')) return refuse(why, QStringLiteral("absolute link target"));
    if (target.contains('\0')) return refuse(why, QStringLiteral("NUL byte in the link target"));
    const qsizetype parents = linkComponents.size() - 1;
    qsizetype ups = 0;
    bool seenName = false;
    for (const QByteArray &part : target.split('/')) {
        if (part.isEmpty() || part == ".") continue;
        if (part == "..") {
            if (seenName)
                return refuse(why, QStringLiteral("link target with '..' after a name (it could "
                                                  "leave the folder through another link)"));
            if (++ups > parents)
                return refuse(why, QStringLiteral("link target outside the extraction folder"));
        } else {
            seenName = true;
        }
    }
    return true;
}

} // namespace wm
