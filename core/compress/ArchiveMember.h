// SPDX-FileCopyrightText: 2026 WhiteMagic contributors
// SPDX-License-Identifier: MIT

#pragma once

#include "io/NativePath.h"

#include <QByteArray>
#include <QString>

namespace wm {

// One entry of a tar archive, as read from or written to its header.
struct ArchiveMember
{
    enum class Type
    {
        File,
        Directory,
        Symlink,
        Hardlink,
        Other
    };

    QByteArray name; // exactly as stored: bytes, not necessarily UTF-8
    Type type = Type::File;
    qint64 size = 0; // data bytes (files only)
    quint32 mode = 0644;
    qint64 mtime = 0;
    long mtimeNsec = 0;
    QByteArray linkTarget; // symlink target, or the hard link's member name

    [[nodiscard]] QString displayName() const { return NativePath::displayBytes(name); }
};

[[nodiscard]] inline const char *memberTypeName(ArchiveMember::Type type)
{
    switch (type) {
    case ArchiveMember::Type::File:
        return "file";
    case ArchiveMember::Type::Directory:
        return "dir";
    case ArchiveMember::Type::Symlink:
        return "symlink";
    case ArchiveMember::Type::Hardlink:
        return "hardlink";
    case ArchiveMember::Type::Other:
        return "other";
    }
    return "other";
}

} // namespace wm
