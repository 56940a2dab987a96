// SPDX-FileCopyrightText: 2026 WhiteMagic contributors
// SPDX-License-Identifier: MIT

#include "ArchiveReader.h"

#include "ArchiveManifest.h"
#include "CompressLogging.h"

#include <archive.h>
#include <archive_entry.h>
#include <cerrno>
#include <optional>

namespace wm {

namespace {

constexpr qint64 kBufferSize = 256 << 10;

ArchiveMember::Type typeOf(struct archive_entry *e)
{
    if (archive_entry_hardlink(e)) return ArchiveMember::Type::Hardlink;
    switch (archive_entry_filetype(e)) {
    case AE_IFREG:
        return ArchiveMember::Type::File;
    case AE_IFDIR:
        return ArchiveMember::Type::Directory;
    case AE_IFLNK:
        return ArchiveMember::Type::Symlink;
    default:
        return ArchiveMember::Type::Other;
    }
}

// Names as bytes: the locale's form when libarchive can give it, else UTF-8
// (pax headers store UTF-8, which a C locale cannot always represent).
QByteArray bytesOf(const char *mbs, const char *utf8)
{
    if (mbs) return QByteArray(mbs);
    if (utf8) return QByteArray(utf8);
    return {};
}

} // namespace

ArchiveReader::ArchiveReader(ByteSource &compressed) : m_lz4(compressed)
{
}

ArchiveReader::~ArchiveReader()
{
    if (m_archive) archive_read_free(m_archive);
}

bool ArchiveReader::fail(const QString &message)
{
    if (!m_failed) m_error = message;
    m_failed = true;
    return false;
}

ssize_t ArchiveReader::readCallback(struct archive *a, void *client, const void **buffer)
{
    auto *self = static_cast<ArchiveReader *>(client);
    *buffer = self->m_buffer.get();
    const qint64 n = self->m_lz4.read(self->m_buffer.get(), kBufferSize);
    if (n < 0) {
        self->m_lz4Failed = true;
        archive_set_error(a, EIO, "%s", self->m_lz4.errorString().toUtf8().constData());
        return -1;
    }
    return n;
}

bool ArchiveReader::open()
{
    m_opened = true;
    m_buffer = std::make_unique_for_overwrite<char[]>(kBufferSize);
    m_archive = archive_read_new();
    if (!m_archive) return fail(QStringLiteral("out of memory"));
    archive_read_support_format_tar(m_archive);
    if (archive_read_open(m_archive, this, nullptr, &ArchiveReader::readCallback, nullptr) !=
        ARCHIVE_OK) {
        if (m_lz4Failed) return fail(m_lz4.errorString());
        return fail(QStringLiteral("cannot read the archive: %1")
                        .arg(QString::fromUtf8(archive_error_string(m_archive))));
    }
    return true;
}

ArchiveReader::Status ArchiveReader::next(ArchiveMember &member)
{
    if (m_failed) return Status::Error;
    if (!m_opened && !open()) return Status::Error;
    struct archive_entry *e = nullptr;
    const int rc = archive_read_next_header(m_archive, &e);
    if (rc == ARCHIVE_EOF) return Status::End;
    if (rc < ARCHIVE_WARN) {
        if (m_lz4Failed)
            fail(m_lz4.errorString());
        else
            fail(QStringLiteral("not a valid tar archive: %1")
                     .arg(QString::fromUtf8(archive_error_string(m_archive))));
        return Status::Error;
    }
    if (rc == ARCHIVE_WARN)
        qCDebug(lcArchive) << "libarchive warning:" << archive_error_string(m_archive);
    member = {};
    member.name = bytesOf(archive_entry_pathname(e), archive_entry_pathname_utf8(e));
    member.type = typeOf(e);
    member.size = archive_entry_size_is_set(e) ? archive_entry_size(e) : 0;
    member.mode = archive_entry_perm(e);
    member.mtime = archive_entry_mtime(e);
    member.mtimeNsec = archive_entry_mtime_nsec(e);
    if (member.type == ArchiveMember::Type::Hardlink)
        member.linkTarget = bytesOf(archive_entry_hardlink(e), archive_entry_hardlink_utf8(e));
    else if (member.type == ArchiveMember::Type::Symlink)
        member.linkTarget = bytesOf(archive_entry_symlink(e), archive_entry_symlink_utf8(e));
    return Status::Member;
}

qint64 ArchiveReader::readData(char *data, qint64 maxSize)
{
    if (m_failed) return -1;
    const la_ssize_t n = archive_read_data(m_archive, data, size_t(maxSize));
    if (n >= 0) return qint64(n);
    if (m_lz4Failed)
        fail(m_lz4.errorString());
    else
        fail(QStringLiteral("corrupt tar data: %1")
                 .arg(QString::fromUtf8(archive_error_string(m_archive))));
    return -1;
}

bool ArchiveReader::readAll(QByteArray &data)
{
    data.clear();
    char chunk[16 << 10];
    for (;;) {
        const qint64 n = readData(chunk, sizeof chunk);
        if (n < 0) return false;
        if (n == 0) return true;
        data.append(chunk, n);
    }
}

bool ArchiveReader::finish()
{
    if (m_failed) return false;
    // libarchive stops at the end-of-archive marker; the rest of the LZ4
    // stream (tar padding, end mark, content checksum) must still be decoded.
    if (!m_lz4.drain()) return fail(m_lz4.errorString());
    return true;
}

bool ArchiveReader::list(ByteSource &compressed,
                         const std::function<void(const ArchiveMember &)> &onMember, QString *error,
                         bool *hasManifest)
{
    ArchiveReader reader(compressed);
    // A member named like the manifest is the manifest only if it is the
    // last one and tagged as ours, so each is reported one step late.
    std::optional<ArchiveMember> held;
    QByteArray heldData;
    ArchiveMember m;
    ArchiveReader::Status st = ArchiveReader::Status::Member;
    while ((st = reader.next(m)) == Status::Member) {
        if (held) onMember(*held);
        held.reset();
        if (m.type == ArchiveMember::Type::File && ArchiveManifest::isManifestName(m.name) &&
            m.size <= ArchiveManifest::kMaxSize) {
            if (!reader.readAll(heldData)) break;
            held = m;
        } else {
            onMember(m);
        }
    }
    if (held && st == Status::End && !ArchiveManifest::isOurs(heldData)) {
        onMember(*held); // a user's file of that name
        held.reset();
    }
    if (hasManifest) *hasManifest = held.has_value();
    if (st == Status::Error || !reader.finish()) {
        if (error) *error = reader.errorString();
        return false;
    }
    return true;
}

} // namespace wm
