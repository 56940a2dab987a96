// SPDX-FileCopyrightText: 2026 WhiteMagic contributors
// SPDX-License-Identifier: MIT

#pragma once

#include "ArchiveMember.h"
#include "Lz4FrameReader.h"

#include <functional>
#include <memory>
#include <sys/types.h>

struct archive;

namespace wm {

class ByteSource;

// Reads a .tar.lz4 archive as a stream: libarchive parses the tar (POSIX
// ustar/pax and GNU tar's extensions) from what our Lz4FrameReader decodes,
// so anything `tar -I lz4 -cf` or the `lz4` tool writes is accepted
// (concatenated, skippable and legacy frames included). Only the tar
// format is enabled: no other container or filter is ever guessed.
//
// Call next() until End, reading each member's data with readData() if
// wanted (unread data is skipped), then finish(): it decodes the rest of the
// LZ4 stream so the content checksum, which sits at its very end, is
// verified too. Member names are returned as stored; callers decide whether
// they are safe (ArchivePath).
class ArchiveReader
{
public:
    enum class Status
    {
        Member,
        End,
        Error
    };

    explicit ArchiveReader(ByteSource &compressed);
    ~ArchiveReader();
    ArchiveReader(const ArchiveReader &) = delete;
    ArchiveReader &operator=(const ArchiveReader &) = delete;

    Status next(ArchiveMember &member);
    // Data of the current member: count, 0 at its end, -1 on error.
    qint64 readData(char *data, qint64 maxSize);
    // The rest of the current member's data, appended as it arrives (a
    // forged header cannot make us allocate its claimed size up front).
    bool readAll(QByteArray &data);
    bool finish();

    [[nodiscard]] QString errorString() const { return m_error; }
    [[nodiscard]] qint64 compressedBytes() const { return m_lz4.compressedBytes(); }

    // Lists the members (without the manifest) and checks the archive's
    // structure and checksums on the way. `hasManifest` tells whether the
    // last member was a manifest (ArchiveManifest::isOurs).
    static bool list(ByteSource &compressed,
                     const std::function<void(const ArchiveMember &)> &onMember, QString *error,
                     bool *hasManifest = nullptr);

private:
    static ssize_t readCallback(struct archive *a, void *client, const void **buffer);
    bool open();
    bool fail(const QString &message);

    Lz4FrameReader m_lz4;
    struct archive *m_archive = nullptr;
    std::unique_ptr<char[]> m_buffer;
    bool m_opened = false;
    bool m_lz4Failed = false;
    bool m_failed = false;
    QString m_error;
};

} // namespace wm
