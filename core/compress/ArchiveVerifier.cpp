// SPDX-FileCopyrightText: 2026 WhiteMagic contributors
// SPDX-License-Identifier: MIT

#include "ArchiveVerifier.h"

#include "ArchiveManifest.h"
#include "ArchivePath.h"
#include "ArchiveReader.h"
#include "concurrency/CancelToken.h"

#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QHash>
#include <QSet>
#include <memory>
#include <optional>

namespace wm {

namespace {

constexpr qint64 kVerifyChunk = 256 << 10;
constexpr qint64 kVerifyMaxManifestSize = 256 << 20;
constexpr int kVerifyMaxErrors = 200;

} // namespace

ArchiveVerifier::Result ArchiveVerifier::verify(ByteSource &archive, const CancelToken *cancel,
                                                const std::function<void(qint64)> &onProgress)
{
    Result result;
    int errorCount = 0;
    const auto error = [&](const QByteArray &member, const QString &message) {
        if (++errorCount <= kVerifyMaxErrors)
            result.errors << (member.isEmpty()
                                  ? message
                                  : QFile::decodeName(member) + QStringLiteral(": ") + message);
        else if (errorCount == kVerifyMaxErrors + 1)
            result.errors << QStringLiteral("... more errors not shown");
    };
    ArchiveReader reader(archive);
    const auto buffer = std::make_unique_for_overwrite<char[]>(kVerifyChunk);
    QElapsedTimer sinceProgress;
    sinceProgress.start();

    QList<ArchiveManifest::Entry> seen;
    QSet<QByteArray> files; // what hard links may point to
    // What each name is so far, to see what extraction would refuse: a
    // member below a link or a file, or a non-folder over a folder.
    QHash<QByteArray, ArchiveMember::Type> kinds;
    const auto checkPlacement = [&](const ArchiveMember &member, const QList<QByteArray> &comps) {
        for (qsizetype i = 1; i < comps.size(); ++i) {
            const auto it = kinds.constFind(ArchivePath::join(comps.mid(0, i)));
            if (it == kinds.constEnd() || *it == ArchiveMember::Type::Directory) continue;
            error(member.name,
                  *it == ArchiveMember::Type::Symlink
                      ? QStringLiteral("would be written through the symbolic link member %1")
                            .arg(QFile::decodeName(it.key()))
                      : QStringLiteral("its parent %1 is not a folder")
                            .arg(QFile::decodeName(it.key())));
            return;
        }
        const QByteArray path = ArchivePath::join(comps);
        const auto it = kinds.constFind(path);
        if (it != kinds.constEnd() && *it == ArchiveMember::Type::Directory &&
            member.type != ArchiveMember::Type::Directory)
            error(member.name, QStringLiteral("the archive also holds a folder of that name"));
        else
            kinds.insert(path, member.type);
    };
    // The last member, if named like the manifest, is the manifest.
    std::optional<ArchiveManifest::Entry> held;
    QByteArray heldData;
    ArchiveMember m;
    ArchiveReader::Status st = ArchiveReader::Status::Member;
    bool failed = false;
    while (!failed && (st = reader.next(m)) == ArchiveReader::Status::Member) {
        if (isCancelled(cancel)) {
            error({}, QStringLiteral("cancelled"));
            break;
        }
        if (held) {
            // The manifest is written last: a member after it was added
            // later (tar -r, cat) and nothing vouches for it.
            error(m.name, QStringLiteral("stored after the manifest, so not covered by it"));
            ++result.membersAfterManifest;
        }
        if (m.type == ArchiveMember::Type::Directory && ArchivePath::isTopFolder(m.name)) {
            ++result.members;
            continue;
        }
        QList<QByteArray> comps;
        QString why;
        const bool safe = ArchivePath::split(m.name, comps, &why);
        if (!safe)
            error(m.name, QStringLiteral("unsafe name (extraction would refuse it): %1").arg(why));
        else if (!ArchiveManifest::isManifestName(m.name))
            checkPlacement(m, comps);
        ArchiveManifest::Entry e{ArchivePath::join(comps), m.type, 0, {}, {}};
        if (m.type == ArchiveMember::Type::File) {
            const bool maybeManifest = !held && ArchiveManifest::isManifestName(m.name) &&
                                       m.size <= kVerifyMaxManifestSize;
            if (maybeManifest) heldData.clear();
            QCryptographicHash hash(QCryptographicHash::Sha256);
            for (;;) {
                const qint64 n = reader.readData(buffer.get(), kVerifyChunk);
                if (n < 0) {
                    failed = true;
                    break;
                }
                if (n == 0) break;
                hash.addData(QByteArrayView(buffer.get(), n));
                if (maybeManifest) heldData.append(buffer.get(), n);
                e.size += n;
                if (onProgress && sinceProgress.elapsed() >= 100) {
                    sinceProgress.restart();
                    onProgress(reader.compressedBytes());
                }
            }
            if (failed) break;
            e.sha256 = hash.result();
            result.bytes += e.size;
            if (maybeManifest) {
                held = e;
                continue;
            }
            ++result.files;
            files.insert(e.path);
        } else if (m.type == ArchiveMember::Type::Symlink) {
            e.linkTarget = m.linkTarget;
            // Not an error: extraction skips such a link (naming it) unless
            // told to trust the archive.
            if (safe && !ArchivePath::isSafeSymlinkTarget(comps, m.linkTarget, &why))
                result.outsideLinks << QFile::decodeName(m.name) + QStringLiteral(" -> ") +
                                           QFile::decodeName(m.linkTarget);
        } else if (m.type == ArchiveMember::Type::Hardlink) {
            e.linkTarget = ArchivePath::normalize(m.linkTarget);
            if (!files.contains(e.linkTarget))
                error(m.name, QStringLiteral("hard link to %1, which is not an earlier file member")
                                  .arg(QFile::decodeName(m.linkTarget)));
        } else if (m.type == ArchiveMember::Type::Other) {
            error(m.name,
                  QStringLiteral("device, FIFO or socket member (extraction would refuse it)"));
        }
        seen.append(e);
        ++result.members;
    }
    if (failed || st == ArchiveReader::Status::Error ||
        (st == ArchiveReader::Status::End && !reader.finish()))
        error({}, reader.errorString());
    if (held && !failed) {
        QString why;
        const auto manifest = ArchiveManifest::fromJson(heldData, &why);
        if (!manifest) {
            error({}, why);
        } else {
            result.hasManifest = true;
            result.manifestEntries = manifest->entries().size();
            for (const QString &problem : manifest->compare(seen))
                error({}, problem);
        }
    }
    if (onProgress) onProgress(reader.compressedBytes());
    result.ok = errorCount == 0;
    return result;
}

} // namespace wm
