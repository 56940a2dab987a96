// SPDX-FileCopyrightText: 2026 WhiteMagic contributors
// SPDX-License-Identifier: MIT

#include "ArchiveVerifier.h"

#include "ArchivePath.h"
#include "ArchiveReader.h"
#include "concurrency/CancelToken.h"
#include "io/NativePath.h"

#include <QCryptographicHash>

namespace wm {

namespace {

constexpr qint64 kChunk = 256 << 10;
constexpr int kMaxErrors = 200;

} // namespace

ArchiveVerifier::ArchiveVerifier(ArchiveReader &reader, const CancelToken *cancel,
                                 const std::function<void(qint64)> &onProgress)
    : m_reader(reader), m_cancel(cancel), m_onProgress(onProgress),
      m_buffer(std::make_unique_for_overwrite<char[]>(kChunk))
{
    m_sinceProgress.start();
}

ArchiveVerifier::Result ArchiveVerifier::verify(ByteSource &archive, const CancelToken *cancel,
                                                const std::function<void(qint64)> &onProgress)
{
    ArchiveReader reader(archive);
    ArchiveVerifier verifier(reader, cancel, onProgress);
    verifier.run();
    return verifier.m_result;
}

void ArchiveVerifier::error(const QByteArray &member, const QString &message)
{
    if (++m_errorCount <= kMaxErrors)
        m_result.errors << (member.isEmpty() ? message
                                             : NativePath::displayBytes(member) +
                                                   QStringLiteral(": ") + message);
    else if (m_errorCount == kMaxErrors + 1)
        m_result.errors << QStringLiteral("... more errors not shown");
}

void ArchiveVerifier::checkPlacement(const ArchiveMember &member, const QList<QByteArray> &comps)
{
    for (qsizetype i = 1; i < comps.size(); ++i) {
        const auto it = m_kinds.constFind(ArchivePath::join(comps.mid(0, i)));
        if (it == m_kinds.constEnd() || *it == ArchiveMember::Type::Directory) continue;
        error(member.name, *it == ArchiveMember::Type::Symlink
                               ? QStringLiteral("would be written through the symbolic link "
                                                "member %1")
                                     .arg(NativePath::displayBytes(it.key()))
                               : QStringLiteral("its parent %1 is not a folder")
                                     .arg(NativePath::displayBytes(it.key())));
        return;
    }
    const QByteArray path = ArchivePath::join(comps);
    const auto it = m_kinds.constFind(path);
    if (it != m_kinds.constEnd() && *it == ArchiveMember::Type::Directory &&
        member.type != ArchiveMember::Type::Directory)
        error(member.name, QStringLiteral("the archive also holds a folder of that name"));
    else
        m_kinds.insert(path, member.type);
}

// Hashes a file member's data (keeping it with `keep`); false when the
// archive could not be read.
bool ArchiveVerifier::readFile(ArchiveManifest::Entry &e, bool keep)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    if (keep) m_heldData.clear();
    for (;;) {
        const qint64 n = m_reader.readData(m_buffer.get(), kChunk);
        if (n < 0) return false;
        if (n == 0) break;
        hash.addData(QByteArrayView(m_buffer.get(), n));
        if (keep) m_heldData.append(m_buffer.get(), n);
        e.size += n;
        if (m_onProgress && m_sinceProgress.elapsed() >= 100) {
            m_sinceProgress.restart();
            m_onProgress(m_reader.compressedBytes());
        }
    }
    e.sha256 = hash.result();
    m_result.bytes += e.size;
    return true;
}

// One member: false when reading the archive failed.
bool ArchiveVerifier::checkMember(const ArchiveMember &m)
{
    if (m_held) {
        // A held member that is followed by another is not the manifest: if
        // it is ours, it was written last and this member was added later
        // (tar -r, cat), so nothing vouches for it.
        if (ArchiveManifest::isOurs(m_heldData)) {
            error(m.name, QStringLiteral("stored after the manifest, so not covered by it"));
            ++m_result.membersAfterManifest;
        } else {
            m_seen.append(*m_held);
            m_files.insert(m_held->path);
            ++m_result.files;
            ++m_result.members;
            m_held.reset();
        }
    }
    if (m.type == ArchiveMember::Type::Directory && ArchivePath::isTopFolder(m.name)) {
        ++m_result.members;
        return true;
    }
    QList<QByteArray> comps;
    QString why;
    const bool safe = ArchivePath::split(m.name, comps, &why);
    if (!safe)
        error(m.name, QStringLiteral("unsafe name (extraction would refuse it): %1").arg(why));
    else
        checkPlacement(m, comps);
    ArchiveManifest::Entry e{ArchivePath::join(comps), m.type, 0, {}, {}};
    if (m.type == ArchiveMember::Type::File) {
        const bool maybeManifest = !m_held && ArchiveManifest::isManifestName(m.name) &&
                                   m.size <= ArchiveManifest::kMaxSize;
        if (!readFile(e, maybeManifest)) return false;
        if (maybeManifest) {
            m_held = e;
            return true;
        }
        ++m_result.files;
        m_files.insert(e.path);
    } else if (m.type == ArchiveMember::Type::Symlink) {
        e.linkTarget = m.linkTarget;
        // Not an error: extraction skips such a link (naming it) unless
        // told to trust the archive.
        if (safe && !ArchivePath::isSafeSymlinkTarget(comps, m.linkTarget, &why))
            m_result.outsideLinks << NativePath::displayBytes(m.name) + QStringLiteral(" -> ") +
                                         NativePath::displayBytes(m.linkTarget);
    } else if (m.type == ArchiveMember::Type::Hardlink) {
        e.linkTarget = ArchivePath::normalize(m.linkTarget);
        if (!m_files.contains(e.linkTarget))
            error(m.name, QStringLiteral("hard link to %1, which is not an earlier file member")
                              .arg(NativePath::displayBytes(m.linkTarget)));
    } else if (m.type == ArchiveMember::Type::Other) {
        error(m.name, QStringLiteral("device, FIFO or socket member (extraction would refuse it)"));
    }
    m_seen.append(e);
    ++m_result.members;
    return true;
}

void ArchiveVerifier::checkManifest()
{
    if (!ArchiveManifest::isOurs(m_heldData)) {
        // A user's file of that name, stored last: an ordinary member.
        m_seen.append(*m_held);
        ++m_result.files;
        ++m_result.members;
        return;
    }
    QString why;
    const auto manifest = ArchiveManifest::fromJson(m_heldData, &why);
    if (!manifest) {
        error({}, why);
        return;
    }
    m_result.hasManifest = true;
    m_result.manifestEntries = manifest->entries().size();
    for (const QString &problem : manifest->compare(m_seen))
        error({}, problem);
}

void ArchiveVerifier::run()
{
    ArchiveMember m;
    ArchiveReader::Status st = ArchiveReader::Status::Member;
    while (!m_failed && (st = m_reader.next(m)) == ArchiveReader::Status::Member) {
        if (isCancelled(m_cancel)) {
            error({}, QStringLiteral("cancelled"));
            break;
        }
        m_failed = !checkMember(m);
    }
    if (m_failed || st == ArchiveReader::Status::Error ||
        (st == ArchiveReader::Status::End && !m_reader.finish()))
        error({}, m_reader.errorString());
    if (m_held && !m_failed) checkManifest();
    if (m_onProgress) m_onProgress(m_reader.compressedBytes());
    m_result.ok = m_errorCount == 0;
}

} // namespace wm
