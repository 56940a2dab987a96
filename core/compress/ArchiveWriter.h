// SPDX-FileCopyrightText: 2026 WhiteMagic contributors
// SPDX-License-Identifier: MIT

#pragma once

#include "Lz4Options.h"

#include <QString>
#include <QStringList>
#include <functional>

namespace wm {

class CancelToken;

// Creates a .tar.lz4 archive: a POSIX (pax) tar stream written by
// libarchive, piped through our Lz4FrameWriter into one LZ4 frame, so
// `tar -I lz4 -xf` and `lz4 -d` read it. Files, folders (recursively, in
// sorted order), symbolic links (stored as links, never followed) and hard
// links (a file's later names as hard-link members, as GNU tar stores them)
// are archived; other file types are skipped with a warning. Names are the
// file system's bytes, UTF-8 or not (paths given as QString are decoded
// losslessly by io/NativePath.h). The session itself is ArchiveWriteSession.
//
// Paths are taken relative to `baseDir` (like tar's -C) and stored without
// a leading "./"; an absolute path is stored without its leading "/", and a
// path with ".." is refused, so the archive never holds unsafe names. The
// archive being written is never archived into itself.
//
// With `manifest`, a last member (ArchiveManifest::memberName()) lists
// every member with its size and SHA-256 (see ArchiveManifest). A file that
// changes size while it is being archived makes the whole operation fail:
// the archive would not be a faithful copy.
class ArchiveWriter
{
public:
    struct Options
    {
        Lz4Options lz4;
        bool manifest = true;
        bool overwrite = false;
        // fsync before reporting success: archives often replace their sources.
        bool sync = true;
        // Which members to store (e.g. --include/--exclude globs): called
        // with the member path; a folder refused is not descended into.
        // Empty: everything.
        std::function<bool(const QByteArray &member, bool isDirectory)> accept;
    };

    struct Progress
    {
        qint64 members = 0;
        qint64 bytesIn = 0;
        qint64 bytesOut = 0;
    };

    struct Result
    {
        bool ok = false;
        QString fatalError;   // set when no archive was written
        QStringList warnings; // inputs skipped (the archive was written without them)
        QStringList notes;    // informational, e.g. a leading "/" removed
        qint64 members = 0;
        qint64 bytesIn = 0;
        qint64 bytesOut = 0;
        qint64 excluded = 0; // entries Options::accept left out
    };

    // `archive` "-" writes to standard output.
    static Result create(const QString &archive, const QString &baseDir, const QStringList &paths,
                         const Options &options, const CancelToken *cancel = nullptr,
                         const std::function<void(const Progress &)> &onProgress = {});
};

} // namespace wm
