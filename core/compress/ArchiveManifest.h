// SPDX-FileCopyrightText: 2026 WhiteMagic contributors
// SPDX-License-Identifier: MIT

#pragma once

#include "ArchiveMember.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QStringList>
#include <optional>

namespace wm {

// The list of what an archive holds: path, type, size and SHA-256 of every
// member (and link targets), so a reader can check each member before the
// originals are deleted. It travels inside the archive as the LAST member,
// `.wm-manifest.json`: the writer hashes each file while it streams it into
// the archive, so the manifest describes exactly the bytes stored (no second
// read of the inputs, no window in which a file could change between the
// hash and the copy). `tar` extracts it as an ordinary small file; wm uses
// it and does not extract it.
class ArchiveManifest
{
public:
    struct Entry
    {
        QByteArray path; // normalised member name (ArchivePath::normalize)
        ArchiveMember::Type type = ArchiveMember::Type::File;
        qint64 size = 0;
        QByteArray sha256; // raw 32 bytes, files only
        QByteArray linkTarget;
    };

    static const QByteArray &memberName();
    [[nodiscard]] static bool isManifestName(const QByteArray &memberName);

    void add(const Entry &entry);
    [[nodiscard]] const QList<Entry> &entries() const { return m_entries; }
    [[nodiscard]] const Entry *find(const QByteArray &path) const;

    [[nodiscard]] QByteArray toJson() const;
    static std::optional<ArchiveManifest> fromJson(const QByteArray &json,
                                                   QString *error = nullptr);

    // What differs between the members an archive actually holds and this
    // manifest, one message per difference (empty when they agree).
    [[nodiscard]] QStringList compare(const QList<Entry> &actual) const;

private:
    QList<Entry> m_entries;
    QHash<QByteArray, qsizetype> m_index;
};

} // namespace wm
