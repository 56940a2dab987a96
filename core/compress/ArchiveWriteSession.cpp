// SPDX-FileCopyrightText: 2026 WhiteMagic contributors
// SPDX-License-Identifier: MIT

#include "ArchiveWriteSession.h"

#include "ArchivePath.h"
#include "CompressLogging.h"
#include "concurrency/CancelToken.h"
#include "io/ErrnoText.h"
#include "io/NativePath.h"
#include "io/UniqueFd.h"

#include <QCryptographicHash>
#include <algorithm>
#include <cerrno>
#include <cstring>
#include <dirent.h>
#include <fcntl.h>
#include <grp.h>
#include <pwd.h>
#include <unistd.h>

namespace wm {

ssize_t ArchiveWriteSession::writeCallback(struct archive *a, void *client, const void *buffer,
                                           size_t length)
{
    auto *self = static_cast<ArchiveWriteSession *>(client);
    if (!self->lz4->write(static_cast<const char *>(buffer), qint64(length))) {
        archive_set_error(a, EIO, "%s", self->lz4->errorString().toUtf8().constData());
        return -1;
    }
    return ssize_t(length);
}

bool ArchiveWriteSession::fatal(const QString &message)
{
    if (!failed) result.fatalError = message;
    failed = true;
    return false;
}

void ArchiveWriteSession::reportProgress(bool force)
{
    if (!onProgress || (!force && sinceProgress.elapsed() < 100)) return;
    sinceProgress.restart();
    onProgress({result.members, result.bytesIn, lz4 ? lz4->bytesOut() : 0});
}

void ArchiveWriteSession::fillOwner(struct archive_entry *e, const struct stat &st)
{
    archive_entry_set_uid(e, st.st_uid);
    archive_entry_set_gid(e, st.st_gid);
    if (!userNames.contains(st.st_uid)) {
        char buf[1024];
        struct passwd pw, *found = nullptr;
        getpwuid_r(st.st_uid, &pw, buf, sizeof buf, &found);
        userNames.insert(st.st_uid, found ? QByteArray(found->pw_name) : QByteArray());
    }
    if (!groupNames.contains(st.st_gid)) {
        char buf[1024];
        struct group gr, *found = nullptr;
        getgrgid_r(st.st_gid, &gr, buf, sizeof buf, &found);
        groupNames.insert(st.st_gid, found ? QByteArray(found->gr_name) : QByteArray());
    }
    if (!userNames[st.st_uid].isEmpty())
        archive_entry_copy_uname(e, userNames[st.st_uid].constData());
    if (!groupNames[st.st_gid].isEmpty())
        archive_entry_copy_gname(e, groupNames[st.st_gid].constData());
}

bool ArchiveWriteSession::writeHeader(struct archive_entry *e, const QByteArray &member)
{
    archive_entry_copy_pathname(e, member.constData());
    if (archive_write_header(tar, e) < ARCHIVE_WARN)
        return fatal(QStringLiteral("cannot write %1 to the archive: %2")
                         .arg(NativePath::displayBytes(member),
                              QString::fromUtf8(archive_error_string(tar))));
    ++result.members;
    return true;
}

bool ArchiveWriteSession::writeFileData(int fd, const QByteArray &fsPath, qint64 size,
                                        QByteArray &sha256)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    qint64 left = size;
    while (left > 0) {
        if (isCancelled(cancel)) return fatal(QStringLiteral("cancelled"));
        const ssize_t n = ::read(fd, buffer.get(), size_t(std::min(left, kChunk)));
        if (n < 0 && errno == EINTR) continue;
        if (n < 0)
            return fatal(QStringLiteral("cannot read %1: %2")
                             .arg(NativePath::displayBytes(fsPath), lastErrnoText()));
        if (n == 0)
            return fatal(QStringLiteral("%1 shrank while it was being archived; try again")
                             .arg(NativePath::displayBytes(fsPath)));
        hash.addData(QByteArrayView(buffer.get(), n));
        if (archive_write_data(tar, buffer.get(), size_t(n)) != n)
            return fatal(QStringLiteral("cannot write the archive: %1")
                             .arg(QString::fromUtf8(archive_error_string(tar))));
        left -= n;
        result.bytesIn += n;
        reportProgress(false);
    }
    char extra;
    ssize_t n;
    do
        n = ::read(fd, &extra, 1);
    while (n < 0 && errno == EINTR);
    if (n > 0)
        return fatal(QStringLiteral("%1 grew while it was being archived; try again")
                         .arg(NativePath::displayBytes(fsPath)));
    sha256 = hash.result();
    return true;
}

// A regular file: read through a descriptor opened without following
// links (a file swapped for a link after the walk is not read). A file with
// several names is stored once; its other names become hard-link members
// (libarchive's link resolver, tar's strategy), as GNU tar does.
bool ArchiveWriteSession::addFile(const QByteArray &fsPath, const QByteArray &member,
                                  ArchiveManifest::Entry &me)
{
    const UniqueFd f(::open(fsPath.constData(), O_RDONLY | O_NOFOLLOW | O_CLOEXEC));
    struct stat st = {};
    if (f.get() < 0 || ::fstat(f.get(), &st) != 0) {
        warn(QStringLiteral("%1: skipped: %2")
                 .arg(NativePath::displayBytes(fsPath), lastErrnoText()));
        return true;
    }
    if (!S_ISREG(st.st_mode)) {
        warn(QStringLiteral("%1: skipped: it changed type while being archived")
                 .arg(NativePath::displayBytes(fsPath)));
        return true;
    }
    ArchiveEntryPtr e(archive_entry_new());
    archive_entry_set_filetype(e.get(), AE_IFREG);
    archive_entry_set_perm(e.get(), st.st_mode & 07777);
    archive_entry_set_size(e.get(), st.st_size);
    archive_entry_set_mtime(e.get(), st.st_mtim.tv_sec, st.st_mtim.tv_nsec);
    archive_entry_set_dev(e.get(), st.st_dev);
    archive_entry_set_ino64(e.get(), la_int64_t(st.st_ino));
    archive_entry_set_nlink(e.get(), unsigned(st.st_nlink));
    archive_entry_copy_pathname(e.get(), member.constData());
    fillOwner(e.get(), st);
    if (st.st_nlink > 1) {
        struct archive_entry *entry = e.release();
        struct archive_entry *spare = nullptr;
        archive_entry_linkify(links, &entry, &spare);
        e.reset(entry);
        if (spare) archive_entry_free(spare); // only for cpio-like strategies
    }
    if (const char *first = archive_entry_hardlink(e.get())) {
        if (!writeHeader(e.get(), member)) return false;
        me.type = ArchiveMember::Type::Hardlink;
        me.linkTarget = ArchivePath::normalize(QByteArray(first));
        return true;
    }
    if (!writeHeader(e.get(), member)) return false;
    me.type = ArchiveMember::Type::File;
    me.size = st.st_size;
    return writeFileData(f.get(), fsPath, st.st_size, me.sha256);
}

bool ArchiveWriteSession::addSymlink(const QByteArray &fsPath, const QByteArray &member,
                                     const struct stat &lst, ArchiveManifest::Entry &me)
{
    QByteArray target(qsizetype(std::max<off_t>(lst.st_size, 255)) + 1, Qt::Uninitialized);
    const ssize_t n = ::readlink(fsPath.constData(), target.data(), size_t(target.size()));
    if (n < 0 || n >= target.size()) {
        warn(QStringLiteral("%1: skipped: cannot read the link: %2")
                 .arg(NativePath::displayBytes(fsPath), lastErrnoText()));
        return true;
    }
    target.truncate(n);
    ArchiveEntryPtr e(archive_entry_new());
    archive_entry_set_filetype(e.get(), AE_IFLNK);
    archive_entry_set_perm(e.get(), 0777);
    archive_entry_copy_symlink(e.get(), target.constData());
    archive_entry_set_mtime(e.get(), lst.st_mtim.tv_sec, lst.st_mtim.tv_nsec);
    fillOwner(e.get(), lst);
    if (!writeHeader(e.get(), member)) return false;
    me.type = ArchiveMember::Type::Symlink;
    me.linkTarget = target;
    QList<QByteArray> comps;
    QString why;
    if (ArchivePath::split(member, comps) && !ArchivePath::isSafeSymlinkTarget(comps, target, &why))
        result.notes << QStringLiteral("%1 -> %2: points outside the archived tree (%3); "
                                       "'wm archive extract' restores it only with --trust-links")
                            .arg(NativePath::displayBytes(member), NativePath::displayBytes(target),
                                 why);
    return true;
}

bool ArchiveWriteSession::addEntry(const QByteArray &fsPath, const QByteArray &member,
                                   const struct stat &lst)
{
    if (skipInodes.contains({lst.st_dev, lst.st_ino})) return true;
    const QByteArray normal = ArchivePath::normalize(member);
    if (added.contains(normal)) return true; // named twice on the command line
    if (options.manifest && normal == ArchiveManifest::memberName())
        return fatal(QStringLiteral("%1 has the manifest's name; rename it or use --no-manifest")
                         .arg(NativePath::displayBytes(fsPath)));
    ArchiveManifest::Entry me;
    me.path = normal;
    const qint64 membersBefore = result.members;
    if (S_ISREG(lst.st_mode)) {
        if (!addFile(fsPath, member, me)) return false;
    } else if (S_ISDIR(lst.st_mode)) {
        ArchiveEntryPtr e(archive_entry_new());
        archive_entry_set_filetype(e.get(), AE_IFDIR);
        archive_entry_set_perm(e.get(), lst.st_mode & 07777);
        archive_entry_set_mtime(e.get(), lst.st_mtim.tv_sec, lst.st_mtim.tv_nsec);
        fillOwner(e.get(), lst);
        if (!writeHeader(e.get(), member)) return false;
        me.type = ArchiveMember::Type::Directory;
    } else if (S_ISLNK(lst.st_mode)) {
        if (!addSymlink(fsPath, member, lst, me)) return false;
    } else {
        warn(QStringLiteral("%1: skipped: not a file, folder or symbolic link")
                 .arg(NativePath::displayBytes(fsPath)));
    }
    if (result.members == membersBefore) return true; // skipped, with a warning
    added.insert(normal);
    if (options.manifest) manifest.add(me);
    return true;
}

bool ArchiveWriteSession::addTree(const QByteArray &fsPath, const QByteArray &member)
{
    if (isCancelled(cancel)) return fatal(QStringLiteral("cancelled"));
    struct stat st = {};
    if (::lstat(fsPath.constData(), &st) != 0) {
        warn(QStringLiteral("%1: skipped: %2")
                 .arg(NativePath::displayBytes(fsPath), lastErrnoText()));
        return true;
    }
    if (!member.isEmpty() && options.accept && !options.accept(member, S_ISDIR(st.st_mode))) {
        ++result.excluded;
        return true;
    }
    if (!member.isEmpty() && !addEntry(fsPath, member, st)) return false;
    if (!S_ISDIR(st.st_mode)) return true;
    DIR *dir = ::opendir(fsPath.constData());
    if (!dir) {
        warn(QStringLiteral("%1: cannot list the folder: %2")
                 .arg(NativePath::displayBytes(fsPath), lastErrnoText()));
        return true;
    }
    QList<QByteArray> names;
    while (const struct dirent *d = ::readdir(dir)) {
        const QByteArray name(d->d_name);
        if (name != "." && name != "..") names.append(name);
    }
    ::closedir(dir);
    std::sort(names.begin(), names.end()); // stable, reproducible archives
    const QByteArray prefix = fsPath.endsWith('/') ? fsPath : fsPath + '/';
    for (const QByteArray &name : names)
        if (!addTree(prefix + name, member.isEmpty() ? name : member + '/' + name)) return false;
    return true;
}

bool ArchiveWriteSession::writeManifest()
{
    const QByteArray json = manifest.toJson();
    ArchiveEntryPtr e(archive_entry_new());
    archive_entry_set_filetype(e.get(), AE_IFREG);
    archive_entry_set_perm(e.get(), 0644);
    archive_entry_set_size(e.get(), json.size());
    archive_entry_set_mtime(e.get(), ::time(nullptr), 0);
    if (!writeHeader(e.get(), ArchiveManifest::memberName())) return false;
    if (archive_write_data(tar, json.constData(), size_t(json.size())) != json.size())
        return fatal(QStringLiteral("cannot write the archive: %1")
                         .arg(QString::fromUtf8(archive_error_string(tar))));
    return true;
}

ArchiveWriter::Result ArchiveWriteSession::run(const QString &archivePath, const QString &baseDir,
                                               const QStringList &paths)
{
    sinceProgress.start();
    ByteSink *sink = nullptr;
    if (archivePath == QLatin1String("-")) {
        stdoutSink = std::make_unique<FdSink>(STDOUT_FILENO);
        sink = stdoutSink.get();
    } else {
        struct stat st = {};
        if (::stat(NativePath::encode(archivePath).constData(), &st) == 0)
            skipInodes.append({st.st_dev, st.st_ino});
        if (!file.open(archivePath, {options.overwrite, false, options.sync})) {
            fatal(file.errorString());
            return result;
        }
        dev_t dev;
        ino_t ino;
        if (file.identity(dev, ino)) skipInodes.append({dev, ino});
        sink = &file;
    }
    lz4 = std::make_unique<Lz4FrameWriter>(*sink, options.lz4);
    tar = archive_write_new();
    archive_write_set_format_pax_restricted(tar);
    links = archive_entry_linkresolver_new();
    archive_entry_linkresolver_set_strategy(links, archive_format(tar));
    if (archive_write_open(tar, this, nullptr, &ArchiveWriteSession::writeCallback, nullptr) !=
        ARCHIVE_OK) {
        fatal(QStringLiteral("cannot start the archive: %1")
                  .arg(QString::fromUtf8(archive_error_string(tar))));
        archive_write_free(tar);
        return result;
    }
    const QByteArray base = NativePath::encode(baseDir.isEmpty() ? QStringLiteral(".") : baseDir);
    bool strippedRoot = false;
    for (const QString &path : paths) {
        const QByteArray raw = NativePath::encode(path);
        const QList<QByteArray> parts = raw.split('/');
        if (parts.contains("..")) {
            warn(QStringLiteral("%1: skipped: paths with '..' would make unsafe member names; "
                                "use -C to choose the folder paths are relative to")
                     .arg(NativePath::display(path)));
            continue;
        }
        QByteArray member;
        for (const QByteArray &part : parts)
            if (!part.isEmpty() && part != ".") member += member.isEmpty() ? part : '/' + part;
        if (raw.startsWith('/') && !strippedRoot) {
            strippedRoot = true;
            result.notes << QStringLiteral("removing the leading '/' from member names");
        }
        const QByteArray fsPath = raw.startsWith('/') ? raw : base + '/' + raw;
        if (!addTree(fsPath, member)) break;
    }
    // Every input skipped: an archive of nothing (or only a manifest) would
    // look like a successful backup.
    if (!failed && result.members == 0 && !result.warnings.isEmpty())
        fatal(QStringLiteral("every input was skipped"));
    if (!failed && options.manifest) writeManifest();
    if (archive_write_close(tar) != ARCHIVE_OK && !failed)
        fatal(QStringLiteral("cannot write the archive: %1")
                  .arg(QString::fromUtf8(archive_error_string(tar))));
    archive_write_free(tar);
    if (!failed && !lz4->finish()) fatal(lz4->errorString());
    if (!failed && !stdoutSink && !file.commit()) fatal(file.errorString());
    if (failed) {
        file.discard();
        return result;
    }
    reportProgress(true);
    result.bytesOut = lz4->bytesOut();
    result.ok = true;
    return result;
}

} // namespace wm
