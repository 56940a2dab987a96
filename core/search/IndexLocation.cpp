// SPDX-FileCopyrightText: 2026 WhiteMagic contributors
// SPDX-License-Identifier: MIT

#include "IndexLocation.h"

#include "io/NativePath.h"

#include <QCryptographicHash>
#include <QFileInfo>
#include <QStandardPaths>

namespace wm {

QString IndexLocation::fileNameFor(const QString &canonicalRoot)
{
    // The hash is over the path's file-system bytes (NativePath::encode
    // undoes the escapes of a non-UTF-8 name): toUtf8() would turn every
    // invalid byte into the same replacement character, so two folders whose
    // names differ only there would share one index file. For a UTF-8 path
    // the bytes are those of toUtf8(), so existing index names stay valid.
    const QByteArray digest =
        QCryptographicHash::hash(NativePath::encode(canonicalRoot), QCryptographicHash::Sha1)
            .toHex()
            .left(16);
    QString name = QFileInfo(canonicalRoot).fileName();
    if (name.isEmpty()) name = QStringLiteral("root");
    // Keep the readable part of the file name harmless on any file system.
    for (QChar &c : name)
        if (!(c.isLetterOrNumber() || c == QLatin1Char('-') || c == QLatin1Char('_') ||
              c == QLatin1Char('.')))
            c = QLatin1Char('_');
    return name.left(40) + QLatin1Char('-') + QString::fromLatin1(digest) + QStringLiteral(".db");
}

QString IndexLocation::defaultFolder()
{
    // GenericDataLocation: AppDataLocation would append organisation and
    // application name, both "WhiteMagic".
    return QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation) +
           QStringLiteral("/WhiteMagic/search");
}

QString IndexLocation::legacyFolder()
{
    return QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation) +
           QStringLiteral("/WhiteMagic/WhiteMagic/search");
}

QString IndexLocation::defaultPath(const QString &canonicalRoot)
{
    return defaultFolder() + QLatin1Char('/') + fileNameFor(canonicalRoot);
}

} // namespace wm
