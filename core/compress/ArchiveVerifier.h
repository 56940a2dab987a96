// SPDX-FileCopyrightText: 2026 WhiteMagic contributors
// SPDX-License-Identifier: MIT

#pragma once

#include "ArchiveManifest.h"
#include "ArchiveMember.h"

#include <QElapsedTimer>
#include <QHash>
#include <QSet>
#include <QString>
#include <QStringList>
#include <functional>
#include <memory>
#include <optional>

namespace wm {

class ArchiveReader;
class ByteSource;
class CancelToken;

// Checks a .tar.lz4 archive without extracting it: every LZ4 checksum, the
// tar structure, that every member would be accepted by ArchiveExtractor
// (safe names and link targets, hard links to earlier members), and, when
// the archive carries a manifest, that every member matches its type, size
// and SHA-256 and that nothing is missing or extra; members stored after
// the manifest are errors (nothing covers them). Without a manifest only
// the checksums and the structure are checked, and `hasManifest` says so.
// This is the check to run before deleting what an archive replaces.
class ArchiveVerifier
{
public:
    struct Result
    {
        bool ok = false;
        QStringList errors;
        qint64 members = 0; // without the manifest
        qint64 files = 0;
        qint64 bytes = 0;         // member data read
        bool hasManifest = false; // false: nothing vouches for the members' contents
        qint64 manifestEntries = 0;
        qint64 membersAfterManifest = 0; // appended after it: uncovered, an error
        // "NAME -> TARGET" of symbolic links pointing outside the archive's
        // folder: not errors, but extraction skips them unless trusted.
        QStringList outsideLinks;
    };

    static Result verify(ByteSource &archive, const CancelToken *cancel = nullptr,
                         const std::function<void(qint64 compressedBytes)> &onProgress = {});

private:
    ArchiveVerifier(ArchiveReader &reader, const CancelToken *cancel,
                    const std::function<void(qint64)> &onProgress);
    void run();
    void error(const QByteArray &member, const QString &message);
    void checkPlacement(const ArchiveMember &member, const QList<QByteArray> &comps);
    bool checkMember(const ArchiveMember &m);
    bool readFile(ArchiveManifest::Entry &e, bool keep);
    void checkManifest();

    ArchiveReader &m_reader;
    const CancelToken *m_cancel;
    const std::function<void(qint64)> &m_onProgress;
    Result m_result;
    int m_errorCount = 0;
    bool m_failed = false; // reading the archive failed
    std::unique_ptr<char[]> m_buffer;
    QElapsedTimer m_sinceProgress;
    QList<ArchiveManifest::Entry> m_seen;
    QSet<QByteArray> m_files; // what hard links may point to
    // What each name is so far, to see what extraction would refuse: a
    // member below a link or a file, or a non-folder over a folder.
    QHash<QByteArray, ArchiveMember::Type> m_kinds;
    // The last member, if named like the manifest, may be the manifest.
    std::optional<ArchiveManifest::Entry> m_held;
    QByteArray m_heldData;
};

} // namespace wm
