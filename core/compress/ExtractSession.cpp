// SPDX-FileCopyrightText: 2026 WhiteMagic contributors
// SPDX-License-Identifier: MIT

#include "ExtractSession.h"

#include "ArchiveManifest.h"
#include "ArchivePath.h"
#include "ArchiveReader.h"
#include "CompressLogging.h"
#include "SecureTree.h"
#include "TreeMerge.h"
#include "concurrency/CancelToken.h"
#include "io/ErrnoText.h"
#include "io/NativePath.h"

#include <QCryptographicHash>
#include <algorithm>
#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>

namespace wm {

namespace {

constexpr int kMaxExtractErrors = 200;

} // namespace

ExtractSession::ExtractSession(ArchiveReader &r, const ArchiveExtractor::Options &o,
                               const CancelToken *c,
                               const std::function<void(const ArchiveExtractor::Progress &)> &p)
    : reader(r), options(o), cancel(c), onProgress(p)
{
}

void ExtractSession::error(const QByteArray &member, const QString &message)
{
    if (++errorCount <= kMaxExtractErrors)
        result.errors << (member.isEmpty()
                              ? message
                              : NativePath::displayBytes(member) + QStringLiteral(": ") + message);
    else if (errorCount == kMaxExtractErrors + 1)
        result.errors << QStringLiteral("... more errors not shown");
}

void ExtractSession::reportProgress(bool force)
{
    if (!onProgress || (!force && sinceProgress.elapsed() < 100)) return;
    sinceProgress.restart();
    onProgress({result.members, result.bytesOut, reader.compressedBytes()});
}

// Would placing this member in the destination overwrite something, or go
// through a symbolic link that is already there?
bool ExtractSession::checkDestination(const QList<QByteArray> &comps, ArchiveMember::Type type)
{
    QString why;
    bool existingDir = false;
    if (!SecureTree::checkPlacement(where.destFd(), comps, type == ArchiveMember::Type::Directory,
                                    options.overwrite, &why, &existingDir)) {
        error(ArchivePath::join(comps), why);
        return false;
    }
    if (existingDir) preexistingDirs.insert(ArchivePath::join(comps));
    return true;
}

// Makes room for a non-folder member of the same name as an earlier one
// (tar semantics: the later member wins); a folder is never replaced.
bool ExtractSession::clearSlot(int parent, const QByteArray &name, const QByteArray &member)
{
    struct stat st = {};
    if (::fstatat(parent, name.constData(), &st, AT_SYMLINK_NOFOLLOW) != 0) return true;
    if (S_ISDIR(st.st_mode)) {
        error(member, QStringLiteral("the archive also holds a folder of that name"));
        return false;
    }
    return ::unlinkat(parent, name.constData(), 0) == 0;
}

bool ExtractSession::stageFile(int parent, const QByteArray &name, const ArchiveMember &m,
                               const QByteArray *data, ArchiveManifest::Entry &entry)
{
    const UniqueFd fd(::openat(parent, name.constData(),
                               O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0600));
    if (!fd.valid()) {
        error(m.name, QStringLiteral("cannot create: %1").arg(lastErrnoText()));
        return false;
    }
    QCryptographicHash hash(QCryptographicHash::Sha256);
    qint64 total = 0;
    const auto put = [&](const char *p, qint64 n) {
        hash.addData(QByteArrayView(p, n));
        total += n;
        while (n > 0) {
            const ssize_t w = ::write(fd.get(), p, size_t(n));
            if (w < 0 && errno == EINTR) continue;
            if (w < 0) return false;
            p += w;
            n -= w;
        }
        return true;
    };
    if (data) {
        if (!put(data->constData(), data->size())) {
            error(m.name, QStringLiteral("cannot write: %1").arg(lastErrnoText()));
            return false;
        }
    } else {
        for (;;) {
            if (isCancelled(cancel)) return false;
            const qint64 n = reader.readData(buffer.get(), kChunk);
            if (n < 0) return false; // the reader's error ends the extraction
            if (n == 0) break;
            if (!put(buffer.get(), n)) {
                error(m.name, QStringLiteral("cannot write: %1").arg(lastErrnoText()));
                return false;
            }
            reportProgress(false);
        }
    }
    ::fchmod(fd.get(), m.mode & 0777);
    const timespec times[2] = {{0, UTIME_OMIT}, {time_t(m.mtime), m.mtimeNsec}};
    ::futimens(fd.get(), times);
    if (options.sync && ::fsync(fd.get()) != 0) {
        error(m.name, QStringLiteral("cannot sync: %1").arg(lastErrnoText()));
        return false;
    }
    result.bytesOut += total;
    entry.size = total;
    entry.sha256 = hash.result();
    return true;
}

bool ExtractSession::stageMember(const ArchiveMember &m, const QList<QByteArray> &comps,
                                 ArchiveManifest::Entry &entry)
{
    QString why;
    const UniqueFd parent =
        SecureTree::openDir(where.stageFd(), comps.mid(0, comps.size() - 1), true, &why);
    if (!parent.valid()) {
        error(m.name, why);
        return false;
    }
    if (options.sync) noteStagedFolders(comps);
    const QByteArray &name = comps.last();
    switch (m.type) {
    case ArchiveMember::Type::Directory: {
        if (::mkdirat(parent.get(), name.constData(), 0700) != 0) {
            struct stat st = {};
            if (errno != EEXIST ||
                ::fstatat(parent.get(), name.constData(), &st, AT_SYMLINK_NOFOLLOW) != 0 ||
                !S_ISDIR(st.st_mode)) {
                error(m.name,
                      QStringLiteral("cannot create the folder (another member of that name?)"));
                return false;
            }
        }
        dirs.append({comps, m.mode, {time_t(m.mtime), m.mtimeNsec}});
        return true;
    }
    case ArchiveMember::Type::File:
        return clearSlot(parent.get(), name, m.name) &&
               stageFile(parent.get(), name, m, nullptr, entry);
    case ArchiveMember::Type::Symlink:
        return stageSymlink(parent.get(), name, m, comps, entry);
    case ArchiveMember::Type::Hardlink: {
        QList<QByteArray> target;
        if (!ArchivePath::split(m.linkTarget, target, &why)) {
            error(m.name, QStringLiteral("refused hard link to %1: %2")
                              .arg(NativePath::displayBytes(m.linkTarget), why));
            return false;
        }
        const UniqueFd tparent =
            SecureTree::openDir(where.stageFd(), target.mid(0, target.size() - 1), false, &why);
        struct stat st = {};
        if (!tparent.valid() ||
            ::fstatat(tparent.get(), target.last().constData(), &st, AT_SYMLINK_NOFOLLOW) != 0 ||
            !S_ISREG(st.st_mode)) {
            error(m.name,
                  QStringLiteral(
                      "refused hard link to %1: not a file extracted earlier from this archive")
                      .arg(NativePath::displayBytes(m.linkTarget)));
            return false;
        }
        if (!clearSlot(parent.get(), name, m.name)) return false;
        if (::linkat(tparent.get(), target.last().constData(), parent.get(), name.constData(), 0) !=
            0) {
            error(m.name, QStringLiteral("cannot create the hard link: %1").arg(lastErrnoText()));
            return false;
        }
        entry.linkTarget = ArchivePath::join(target);
        return true;
    }
    case ArchiveMember::Type::Other:
        break;
    }
    error(m.name, QStringLiteral("refused: devices, FIFOs and sockets are not extracted"));
    return false;
}

// A link pointing outside is skipped (and named) unless the archive is
// trusted; the manifest still compares it as the member it is.
bool ExtractSession::stageSymlink(int parent, const QByteArray &name, const ArchiveMember &m,
                                  const QList<QByteArray> &comps, ArchiveManifest::Entry &entry)
{
    entry.linkTarget = m.linkTarget;
    QString why;
    if (!options.trustLinks && !ArchivePath::isSafeSymlinkTarget(comps, m.linkTarget, &why)) {
        skippedLinks.insert(ArchivePath::join(comps));
        result.skippedLinks << NativePath::displayBytes(ArchivePath::join(comps)) +
                                   QStringLiteral(" -> ") + NativePath::displayBytes(m.linkTarget);
        return true;
    }
    if (!clearSlot(parent, name, m.name)) return false;
    if (::symlinkat(m.linkTarget.constData(), parent, name.constData()) != 0) {
        error(m.name, QStringLiteral("cannot create the link: %1").arg(lastErrnoText()));
        return false;
    }
    const timespec times[2] = {{0, UTIME_OMIT}, {time_t(m.mtime), m.mtimeNsec}};
    ::utimensat(parent, name.constData(), times, AT_SYMLINK_NOFOLLOW);
    return true;
}

bool ExtractSession::belowSkippedLink(const QList<QByteArray> &comps) const
{
    for (qsizetype i = 1; i < comps.size() && !skippedLinks.isEmpty(); ++i)
        if (skippedLinks.contains(ArchivePath::join(comps.mid(0, i)))) return true;
    return false;
}

// A member named like the manifest that turned out not to be last: an
// ordinary file after all.
void ExtractSession::stageHeldAsFile()
{
    const ArchiveMember m = *heldMember;
    heldMember.reset();
    QList<QByteArray> comps;
    ArchivePath::split(m.name, comps);
    ArchiveManifest::Entry e{ArchivePath::join(comps), m.type, 0, {}, {}};
    if (!checkDestination(comps, m.type) || !clearSlot(where.stageFd(), comps.last(), m.name))
        return;
    if (stageFile(where.stageFd(), comps.last(), m, &heldData, e)) {
        staged.append(e);
        ++result.members;
    }
}

// Appended as it arrives: a forged header must not make us allocate its
// claimed size up front. False when the archive could not be read.
bool ExtractSession::holdManifest(const ArchiveMember &m)
{
    heldData.clear();
    for (;;) {
        const qint64 n = reader.readData(buffer.get(), kChunk);
        if (n < 0) return false;
        if (n == 0) break;
        heldData.append(buffer.get(), n);
    }
    heldMember = m;
    return true;
}

// Stages every member; false when reading the archive failed.
bool ExtractSession::stageMembers(ArchiveReader::Status &st)
{
    ArchiveMember m;
    while ((st = reader.next(m)) == ArchiveReader::Status::Member) {
        if (isCancelled(cancel)) break;
        if (heldMember) stageHeldAsFile();
        // A member named like the manifest is the manifest only if it
        // comes last; until then it is held in memory.
        if (m.type == ArchiveMember::Type::File && ArchiveManifest::isManifestName(m.name) &&
            m.size <= ArchiveManifest::kMaxSize) {
            if (!holdManifest(m)) return false;
            continue;
        }
        if (m.type == ArchiveMember::Type::Directory && ArchivePath::isTopFolder(m.name)) continue;
        QList<QByteArray> comps;
        QString why;
        if (!ArchivePath::split(m.name, comps, &why)) {
            error(m.name, QStringLiteral("refused: %1").arg(why));
            continue;
        }
        if (belowSkippedLink(comps)) {
            error(m.name, QStringLiteral("refused: it would be written through a symbolic link "
                                         "that points outside"));
            continue;
        }
        if (!checkDestination(comps, m.type)) continue;
        ArchiveManifest::Entry e{ArchivePath::join(comps), m.type, 0, {}, {}};
        if (stageMember(m, comps, e)) {
            staged.append(e);
            ++result.members;
        } else if (!reader.errorString().isEmpty()) {
            return false;
        }
        reportProgress(false);
    }
    return true;
}

void ExtractSession::checkManifest()
{
    QString why;
    const auto manifest = ArchiveManifest::fromJson(heldData, &why);
    if (!manifest) {
        error({}, why);
        return;
    }
    result.manifestChecked = true;
    for (const QString &problem : manifest->compare(staged))
        error({}, problem);
}

ArchiveExtractor::Result ExtractSession::run(const QString &destination)
{
    sinceProgress.start();
    if (QString why; !where.open(destination, &why)) {
        error({}, why);
        return result;
    }
    ArchiveReader::Status st = ArchiveReader::Status::Member;
    const bool readerFailed = !stageMembers(st);
    if (st == ArchiveReader::Status::Error || readerFailed ||
        (st == ArchiveReader::Status::End && !reader.finish()))
        error({}, reader.errorString());
    if (isCancelled(cancel)) error({}, QStringLiteral("cancelled"));
    // The last member had the manifest's name: ours is checked, anything
    // else is a user's file that happens to be called that.
    if (heldMember && errorCount == 0) {
        if (ArchiveManifest::isOurs(heldData))
            checkManifest();
        else
            stageHeldAsFile();
    }
    if (errorCount == 0 && syncDirs(where.stageFd())) {
        QStringList mergeErrors;
        TreeMerge merge(where.stageFd(), where.destFd(), options.overwrite);
        if (options.beforeMove) merge.setBeforeMove(options.beforeMove);
        if (!merge.run(mergeErrors))
            for (const QString &e : mergeErrors)
                error({}, e);
        else if (syncDirs(where.destFd()))
            applyDirectoryMetadata();
    }
    where.removeStage();
    if (errorCount > 0) {
        where.removeIfCreated();
        qCDebug(lcArchive) << "extraction failed with" << errorCount << "errors";
        result.members = 0;
        result.bytesOut = 0;
        return result;
    }
    reportProgress(true);
    result.ok = true;
    return result;
}

} // namespace wm
