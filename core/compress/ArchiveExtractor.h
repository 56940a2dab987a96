// SPDX-FileCopyrightText: 2026 WhiteMagic contributors
// SPDX-License-Identifier: MIT

#pragma once

#include <QString>
#include <QStringList>
#include <functional>

namespace wm {

class ByteSource;
class CancelToken;

// Extracts a .tar.lz4 archive all-or-nothing. Members are first written
// into a hidden staging folder inside the destination; only when the whole
// archive has been read, every LZ4 checksum has matched, every member name
// was safe and, if the archive has a manifest, every member matches its
// size and SHA-256, are they moved into place (rename, merging with
// existing folders; TreeMerge). On any error, including a move that fails
// half-way, the moves already made are undone, the staging folder is
// removed and the destination is left exactly as it was.
//
// Refused: absolute names, names with "..", hard links
// to anything but an earlier member, writes through a symbolic link (one in
// the destination or one extracted from the archive), device and FIFO
// members. Existing files are replaced only with `overwrite`; existing
// folders are merged into and keep their own permissions. Permission bits
// (without set-user/group-ID) and modification times are restored;
// ownership is not.
//
// Symbolic links whose target is absolute or could lead outside the
// destination (ArchivePath) are skipped, each named in the result, and the
// rest is extracted; with Options::trustLinks they are restored as they
// are. Members below such a link are refused either way.
class ArchiveExtractor
{
public:
    struct Options
    {
        bool overwrite = false;
        // Restore symbolic links whose target is absolute or leads outside
        // the destination verbatim, as tar does (a trusted archive). Without
        // it they are skipped and named in Result::skippedLinks.
        bool trustLinks = false;
        // fsync every extracted file and folder before they are moved into
        // place, and the destination after: the extraction survives a power cut.
        bool sync = true;
        // For tests: called before each move into the destination (see
        // TreeMerge::setBeforeMove); returning false fails that move, and
        // every move already made is undone.
        std::function<bool(const QByteArray &memberPath)> beforeMove;
    };

    struct Progress
    {
        qint64 members = 0;
        qint64 bytesOut = 0;        // member data written
        qint64 compressedBytes = 0; // archive bytes consumed
    };

    struct Result
    {
        bool ok = false;
        QStringList errors;
        qint64 members = 0; // members extracted (the manifest not counted)
        qint64 bytesOut = 0;
        bool manifestChecked = false;
        // "NAME -> TARGET" of each symbolic link left out because it points
        // outside the destination (everything else was extracted).
        QStringList skippedLinks;
    };

    static Result extract(ByteSource &archive, const QString &destination, const Options &options,
                          const CancelToken *cancel = nullptr,
                          const std::function<void(const Progress &)> &onProgress = {});
};

} // namespace wm
