// SPDX-FileCopyrightText: 2026 WhiteMagic contributors
// SPDX-License-Identifier: MIT

#include "StoreFiles.h"

#include "io/ErrnoText.h"
#include "io/NativePath.h"
#include "io/UniqueFd.h"

#include <QCryptographicHash>
#include <QList>
#include <cerrno>
#include <dirent.h>
#include <fcntl.h>
#include <stdio.h>
#include <sys/stat.h>
#include <unistd.h>

namespace wm {
namespace {

bool failWith(QString *error, const QString &what, const QByteArray &path)
{
    *error = QStringLiteral("%1 %2: %3")
                 .arg(what, NativePath::displayBytes(path.toStdString()), lastErrnoText());
    return false;
}

bool writeAll(int fd, const QByteArray &bytes)
{
    qsizetype done = 0;
    while (done < bytes.size()) {
        const ssize_t n = ::write(fd, bytes.constData() + done, size_t(bytes.size() - done));
        if (n < 0 && errno == EINTR) continue;
        if (n < 0) return false;
        done += n;
    }
    return true;
}

QByteArray parentOf(const QByteArray &path)
{
    const qsizetype slash = path.lastIndexOf('/');
    return slash <= 0 ? QByteArray(slash == 0 ? "/" : ".") : path.left(slash);
}

} // namespace

StoreFiles::StoreFiles(const QString &root) : m_root(root), m_native(NativePath::encode(root))
{
}

QByteArray StoreFiles::native(const QString &rel) const
{
    return rel.isEmpty() ? m_native : m_native + '/' + NativePath::encode(rel);
}

StoreFiles::State StoreFiles::readRel(const QString &rel, QByteArray *bytes, QString *error) const
{
    UniqueFd fd(::open(native(rel).constData(), O_RDONLY | O_NOFOLLOW | O_CLOEXEC | O_NONBLOCK));
    if (!fd.valid()) {
        if (errno == ENOENT) return State::Missing;
        failWith(error, QStringLiteral("cannot read"), native(rel));
        return State::Error;
    }
    bytes->clear();
    char buffer[65536];
    for (;;) {
        const ssize_t n = ::read(fd.get(), buffer, sizeof buffer);
        if (n < 0 && errno == EINTR) continue;
        if (n < 0) {
            failWith(error, QStringLiteral("cannot read"), native(rel));
            return State::Error;
        }
        if (n == 0) return State::Present;
        bytes->append(buffer, n);
    }
}

StoreFiles::State StoreFiles::hash(const QString &rel, QByteArray *sha256, QString *error) const
{
    QByteArray bytes;
    const State s = readRel(rel, &bytes, error);
    if (s == State::Present) *sha256 = QCryptographicHash::hash(bytes, QCryptographicHash::Sha256);
    return s;
}

bool StoreFiles::renameNoReplace(const QString &from, const QString &to, QString *error,
                                 const QByteArray &fromNative) const
{
    const QByteArray src = fromNative.isEmpty() ? native(from) : fromNative;
    if (::renameat2(AT_FDCWD, src.constData(), AT_FDCWD, native(to).constData(),
                    RENAME_NOREPLACE) == 0)
        return true;
    if (errno == EEXIST) {
        *error = QStringLiteral("%1 already exists: not replaced")
                     .arg(NativePath::display(m_root + QLatin1Char('/') + to));
        return false;
    }
    return failWith(error, QStringLiteral("cannot move to %1:").arg(NativePath::display(to)), src);
}

bool StoreFiles::replaceWith(const QByteArray &tmp, const QString &rel, QString *error) const
{
    if (::rename(tmp.constData(), native(rel).constData()) == 0) return true;
    return failWith(error, QStringLiteral("cannot replace"), native(rel));
}

bool StoreFiles::remove(const QString &rel, QString *error) const
{
    if (::unlink(native(rel).constData()) == 0 || errno == ENOENT) return true;
    return failWith(error, QStringLiteral("cannot remove"), native(rel));
}

bool StoreFiles::makeFolder(const QString &rel, QString *error) const
{
    if (::mkdir(native(rel).constData(), 0777) == 0 || errno == EEXIST) return true;
    return failWith(error, QStringLiteral("cannot create"), native(rel));
}

bool StoreFiles::removeFolderIfEmpty(const QString &rel, QString *error) const
{
    if (::rmdir(native(rel).constData()) == 0 || errno == ENOENT || errno == ENOTEMPTY ||
        errno == EEXIST)
        return true;
    return failWith(error, QStringLiteral("cannot remove"), native(rel));
}

bool StoreFiles::syncFolder(const QString &rel, QString *error) const
{
    return syncPath(native(rel), error);
}

bool StoreFiles::exists(const QString &rel) const
{
    struct stat st = {};
    return ::lstat(native(rel).constData(), &st) == 0;
}

bool StoreFiles::readFile(const QByteArray &path, QByteArray *bytes, QString *error)
{
    UniqueFd fd(::open(path.constData(), O_RDONLY | O_CLOEXEC));
    if (!fd.valid()) return failWith(error, QStringLiteral("cannot read"), path);
    bytes->clear();
    char buffer[65536];
    for (;;) {
        const ssize_t n = ::read(fd.get(), buffer, sizeof buffer);
        if (n < 0 && errno == EINTR) continue;
        if (n < 0) return failWith(error, QStringLiteral("cannot read"), path);
        if (n == 0) return true;
        bytes->append(buffer, n);
    }
}

bool StoreFiles::writeFile(const QByteArray &path, const QByteArray &bytes, QString *error,
                           bool sync)
{
    const int fd =
        ::open(path.constData(), O_WRONLY | O_CREAT | O_CLOEXEC | O_NOFOLLOW | O_TRUNC, 0666);
    if (fd < 0) return failWith(error, QStringLiteral("cannot write"), path);
    // close(2) is checked too: some file systems report a failed write there.
    int err = 0;
    if (!writeAll(fd, bytes) || (sync && ::fsync(fd) != 0)) err = errno;
    if (::close(fd) != 0 && err == 0) err = errno;
    if (err == 0) return true;
    errno = err;
    return failWith(error, QStringLiteral("cannot write"), path);
}

bool StoreFiles::syncFileSystem(const QByteArray &path, QString *error)
{
    UniqueFd fd(::open(path.constData(), O_RDONLY | O_CLOEXEC));
    if (!fd.valid() || ::syncfs(fd.get()) != 0)
        return failWith(error, QStringLiteral("cannot sync"), path);
    return true;
}

bool StoreFiles::syncPath(const QByteArray &path, QString *error)
{
    UniqueFd fd(::open(path.constData(), O_RDONLY | O_CLOEXEC));
    if (!fd.valid() || ::fsync(fd.get()) != 0)
        return failWith(error, QStringLiteral("cannot sync"), path);
    return true;
}

bool StoreFiles::hashFile(const QByteArray &path, QByteArray *sha256, QString *error)
{
    UniqueFd fd(::open(path.constData(), O_RDONLY | O_CLOEXEC));
    if (!fd.valid()) return failWith(error, QStringLiteral("cannot read"), path);
    QCryptographicHash h(QCryptographicHash::Sha256);
    char buffer[65536];
    for (;;) {
        const ssize_t n = ::read(fd.get(), buffer, sizeof buffer);
        if (n < 0 && errno == EINTR) continue;
        if (n < 0) return failWith(error, QStringLiteral("cannot read"), path);
        if (n == 0) break;
        h.addData(QByteArrayView(buffer, n));
    }
    *sha256 = h.result();
    return true;
}

bool StoreFiles::removeTree(const QByteArray &path, QString *error)
{
    struct stat st = {};
    if (::lstat(path.constData(), &st) != 0)
        return errno == ENOENT || failWith(error, QStringLiteral("cannot remove"), path);
    if (!S_ISDIR(st.st_mode)) {
        if (::unlink(path.constData()) == 0 || errno == ENOENT) return true;
        return failWith(error, QStringLiteral("cannot remove"), path);
    }
    DIR *dir = ::opendir(path.constData());
    if (dir == nullptr) return failWith(error, QStringLiteral("cannot read"), path);
    QList<QByteArray> names;
    while (const dirent *e = ::readdir(dir)) {
        const QByteArray n(e->d_name);
        if (n != "." && n != "..") names << n;
    }
    ::closedir(dir);
    for (const QByteArray &n : names)
        if (!removeTree(path + '/' + n, error)) return false;
    if (::rmdir(path.constData()) == 0 || errno == ENOENT) return syncPath(parentOf(path), error);
    return failWith(error, QStringLiteral("cannot remove"), path);
}

} // namespace wm
