// SPDX-FileCopyrightText: 2026 WhiteMagic contributors
// SPDX-License-Identifier: MIT

#include "OriginalsExtractor.h"

#include "StoreFiles.h"
#include "compress/ArchiveReader.h"
#include "io/ErrnoText.h"
#include "io/FdSource.h"
#include "io/NativePath.h"

#include <QCryptographicHash>
#include <cerrno>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace wm {

OriginalsExtractor::OriginalsExtractor(const QString &root, const QByteArray &tmpFolder)
    : m_root(root), m_tmp(tmpFolder)
{
}

bool OriginalsExtractor::fail(const QString &message)
{
    m_error = message;
    return false;
}

bool OriginalsExtractor::extract(const QString &archiveRel, QHash<QByteArray, StepFile> wanted)
{
    const qint64 total = wanted.size();
    FdSource source;
    if (archiveRel.isEmpty() || !source.open(m_root + QLatin1Char('/') + archiveRel))
        return fail(QStringLiteral("cannot read the run's archive %1: %2")
                        .arg(NativePath::display(archiveRel), source.errorString()));
    ArchiveReader reader(source);
    ArchiveMember m;
    ArchiveReader::Status st;
    while ((st = reader.next(m)) == ArchiveReader::Status::Member) {
        const auto it = wanted.constFind(m.name);
        if (it == wanted.constEnd() || m.type != ArchiveMember::Type::File) continue;
        if (!writeMember(reader, m, it.value())) return false;
        wanted.erase(it);
        const qint64 done = qint64(m_pending.size());
        if (m_onProgress && (done % 64 == 1 || wanted.isEmpty()))
            m_onProgress(done, total, NativePath::display(QString::fromUtf8(m.name)));
    }
    if (st == ArchiveReader::Status::Error || !reader.finish())
        return fail(QStringLiteral("cannot read the run's archive %1: %2")
                        .arg(NativePath::display(archiveRel), reader.errorString()));
    if (!wanted.isEmpty())
        return fail(QStringLiteral("the run's archive lacks %1 (and %2 more)")
                        .arg(NativePath::display(wanted.begin().value().path))
                        .arg(wanted.size() - 1));
    // Every copy checked against its hash and the archive's checksums
    // verified to the end: now made durable (one syncfs) and put in place.
    QString error;
    if (!m_pending.empty() && !StoreFiles::syncFileSystem(m_tmp, &error)) return fail(error);
    const StoreFiles files(m_root);
    for (const auto &[tmp, path] : m_pending) {
        if (!files.renameNoReplace(QString(), path, &error, tmp)) return fail(error);
        ++m_written;
        const qsizetype slash = path.lastIndexOf(QLatin1Char('/'));
        m_folders << (slash < 0 ? QString() : path.left(slash));
    }
    m_folders.removeDuplicates();
    return true;
}

bool OriginalsExtractor::writeMember(ArchiveReader &reader, const ArchiveMember &m,
                                     const StepFile &f)
{
    const QByteArray tmp = m_tmp + "/restore-" + QByteArray::number(qsizetype(m_pending.size()));
    const int fd =
        ::open(tmp.constData(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC | O_NOFOLLOW, 0600);
    if (fd < 0)
        return fail(QStringLiteral("cannot write %1: %2")
                        .arg(NativePath::displayBytes(tmp.toStdString()), lastErrnoText()));
    QCryptographicHash h(QCryptographicHash::Sha256);
    char buffer[65536];
    qint64 n = 0;
    int err = 0;
    while (err == 0 && (n = reader.readData(buffer, sizeof buffer)) > 0) {
        h.addData(QByteArrayView(buffer, n));
        for (qint64 done = 0; done < n && err == 0;) {
            const ssize_t w = ::write(fd, buffer + done, size_t(n - done));
            if (w < 0 && errno != EINTR) err = errno;
            if (w > 0) done += w;
        }
    }
    // The time the run recorded (to the nanosecond), else the tar header's.
    const timespec mtime = f.mtimeNs != 0
                               ? timespec{f.mtimeNs / 1000000000, long(f.mtimeNs % 1000000000)}
                               : timespec{m.mtime, m.mtimeNsec};
    const timespec times[2] = {mtime, mtime};
    if (err == 0 && (::fchmod(fd, m.mode & 07777) != 0 || ::futimens(fd, times) != 0)) err = errno;
    if (::close(fd) != 0 && err == 0) err = errno;
    if (err != 0) {
        ::unlink(tmp.constData());
        return fail(QStringLiteral("cannot restore %1: %2")
                        .arg(NativePath::display(f.path), errnoText(err)));
    }
    if (n < 0)
        return fail(QStringLiteral("cannot read the run's archive: %1").arg(reader.errorString()));
    if (h.result() != f.sha256)
        return fail(QStringLiteral("the archive's copy of %1 is not the note the run removed")
                        .arg(NativePath::display(f.path)));
    m_pending.emplace_back(tmp, f.path);
    return true;
}

} // namespace wm
