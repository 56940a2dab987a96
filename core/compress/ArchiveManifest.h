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
// `.whitemagic-archive-manifest.json`, a name that says whose file it is
// and what it is for: `tar -x` extracts it as a small hidden file (the
// README documents it, and tar's `--exclude` to leave it out). The writer
// hashes each file while it streams it into the archive, so the manifest
// describes exactly the bytes stored (no second read of the inputs). wm
// checks it and never writes it to disk.
//
// A last member with the manifest's name (or the older `.wm-manifest.json`)
// is the manifest only if its JSON carries our format tag (isOurs()); any
// other file of that name is a user's file, extracted like every other.
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

    // Larger "manifests" are taken for ordinary files (a forged size must
    // not make a reader hold gigabytes in memory).
    static constexpr qint64 kMaxSize = 256 << 20;

    static const QByteArray &memberName();
    [[nodiscard]] static bool isManifestName(const QByteArray &memberName);
    // True when `json` is tagged as a WhiteMagic manifest (it may still be
    // invalid: fromJson() says why).
    [[nodiscard]] static bool isOurs(const QByteArray &json);

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
