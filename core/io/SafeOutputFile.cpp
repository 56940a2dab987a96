// SPDX-FileCopyrightText: 2026 WhiteMagic contributors
// SPDX-License-Identifier: MIT

#include "SafeOutputFile.h"

#include "ErrnoText.h"
#include "NativePath.h"

#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>
#include <atomic>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <fcntl.h>
#include <unistd.h>

namespace wm {

namespace {

// memcmp against itself shifted by one byte is a fast, vectorised way to
// ask "are all these bytes equal to the first one".
bool isAllZero(const char *data, qint64 n)
{
    return n > 0 && data[0] == 0 && std::memcmp(data, data + 1, size_t(n - 1)) == 0;
}

constexpr qint64 kSparseSegment = 32 * 1024;

} // namespace

SafeOutputFile::~SafeOutputFile()
{
    discard();
}

bool SafeOutputFile::fail(const QString &what)
{
    m_failed = true;
    m_error = what;
    return false;
}

// Whether the existing target (lstat'ed as `st`) is the input, directly or
// through a symbolic link.
bool SafeOutputFile::isInput(struct stat st) const
{
    const struct stat *in = m_options.input;
    if (!in) return false;
    if (S_ISLNK(st.st_mode) && ::fstatat(m_at, m_target.constData(), &st, 0) != 0) return false;
    return st.st_dev == in->st_dev && st.st_ino == in->st_ino;
}

bool SafeOutputFile::open(const QString &path, const Options &options)
{
    discard();
    m_path = path;
    m_options = options;
    m_failed = false;
    m_size = m_hole = 0;
    m_error.clear();
    // The temporary file lives in the target's folder so the final link or
    // rename stays on one file system.
    const QFileInfo fi(path);
    const bool inFolder = options.folder >= 0;
    m_at = inFolder ? options.folder : AT_FDCWD;
    m_target = NativePath::encode(inFolder ? fi.fileName() : path);
    const QString shown = NativePath::display(path);

    struct stat st = {};
    if (::fstatat(m_at, m_target.constData(), &st, AT_SYMLINK_NOFOLLOW) == 0) {
        if (isInput(st))
            return fail(QStringLiteral("the output %1 is the input itself").arg(shown));
        if (S_ISDIR(st.st_mode)) return fail(QStringLiteral("%1 is a directory").arg(shown));
        if (S_ISCHR(st.st_mode) || S_ISFIFO(st.st_mode)) {
            m_fd = ::openat(m_at, m_target.constData(), O_WRONLY | O_CLOEXEC);
            if (m_fd < 0)
                return fail(QStringLiteral("cannot write %1: %2").arg(shown, lastErrnoText()));
            m_direct = true;
            m_options.sparse = false;
            return true;
        }
        if (!S_ISREG(st.st_mode) && !S_ISLNK(st.st_mode))
            return fail(QStringLiteral("%1 exists and is not a regular file").arg(shown));
        if (!options.overwrite)
            return fail(QStringLiteral("%1 already exists (use --force to overwrite)").arg(shown));
    } else if (errno != ENOENT) {
        return fail(QStringLiteral("cannot write %1: %2").arg(shown, lastErrnoText()));
    }

    return openTemporary(inFolder ? QByteArray(".") : NativePath::encode(fi.path()),
                         NativePath::encode(fi.fileName()));
}

bool SafeOutputFile::openTemporary(const QByteArray &dir, const QByteArray &base)
{
    // An unnamed file is published through /proc/self/fd (linkat with
    // AT_EMPTY_PATH needs a capability): only where that path exists.
    static const bool procFd = ::access("/proc/self/fd", X_OK) == 0;
    if (procFd) {
        m_fd = ::openat(m_at, dir.constData(), O_WRONLY | O_TMPFILE | O_CLOEXEC, 0666);
        if (m_fd >= 0) {
            m_unnamed = true;
            return true;
        }
        // Else a file system (or kernel) without O_TMPFILE: a named file.
    }
    // A hidden name, clearly ours.
    for (int attempt = 0; attempt < 16; ++attempt) {
        char suffix[32];
        std::snprintf(suffix, sizeof suffix, ".wm-%08x.tmp",
                      QRandomGenerator::global()->generate());
        m_temp = dir + "/." + base.left(100) + suffix;
        m_fd = ::openat(m_at, m_temp.constData(),
                        O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC | O_NOFOLLOW, 0666);
        if (m_fd >= 0) return true;
        if (errno != EEXIST) break;
    }
    m_temp.clear();
    return fail(QStringLiteral("cannot create a file in %1: %2")
                    .arg(NativePath::display(QFileInfo(m_path).path()), lastErrnoText()));
}

bool SafeOutputFile::writeAll(const char *data, qint64 size)
{
    while (size > 0) {
        const ssize_t n = ::write(m_fd, data, size_t(size));
        if (n < 0) {
            if (errno == EINTR) continue;
            return fail(QStringLiteral("cannot write %1: %2")
                            .arg(NativePath::display(m_path), lastErrnoText()));
        }
        data += n;
        size -= n;
    }
    return true;
}

bool SafeOutputFile::write(const char *data, qint64 size)
{
    if (m_fd < 0 || m_failed) return fail(m_error.isEmpty() ? QStringLiteral("not open") : m_error);
    if (!m_options.sparse) {
        if (!writeAll(data, size)) return false;
        m_size += size;
        return true;
    }
    qint64 off = 0;
    while (off < size) {
        qint64 n = std::min(kSparseSegment, size - off);
        if (isAllZero(data + off, n)) {
            m_hole += n;
            off += n;
            continue;
        }
        // Gather the run of non-zero segments into one write(2).
        const qint64 start = off;
        off += n;
        while (off < size) {
            n = std::min(kSparseSegment, size - off);
            if (isAllZero(data + off, n)) break;
            off += n;
        }
        if (m_hole > 0) {
            if (::lseek(m_fd, m_hole, SEEK_CUR) < 0)
                return fail(QStringLiteral("cannot write %1: %2")
                                .arg(NativePath::display(m_path), lastErrnoText()));
            m_hole = 0;
        }
        if (!writeAll(data + start, off - start)) return false;
    }
    m_size += size;
    return true;
}

bool SafeOutputFile::identity(dev_t &dev, ino_t &ino) const
{
    struct stat st = {};
    if (m_fd < 0 || ::fstat(m_fd, &st) != 0) return false;
    dev = st.st_dev;
    ino = st.st_ino;
    return true;
}

bool SafeOutputFile::publish()
{
    if (m_options.overwrite) {
        if (::renameat(m_at, m_temp.constData(), m_at, m_target.constData()) == 0) return true;
        return fail(QStringLiteral("cannot write %1: %2")
                        .arg(NativePath::display(m_path), lastErrnoText()));
    }
    // Atomic "create only if absent": nothing can slip in between a check
    // and the rename.
    if (::renameat2(m_at, m_temp.constData(), m_at, m_target.constData(), RENAME_NOREPLACE) == 0)
        return true;
    if (errno == EEXIST)
        return fail(QStringLiteral("%1 already exists (use --force to overwrite)")
                        .arg(NativePath::display(m_path)));
    if (errno != EINVAL && errno != ENOSYS && errno != ENOTSUP)
        return fail(QStringLiteral("cannot write %1: %2")
                        .arg(NativePath::display(m_path), lastErrnoText()));
    // File systems without RENAME_NOREPLACE: link(2) fails on an existing name.
    if (::linkat(m_at, m_temp.constData(), m_at, m_target.constData(), 0) == 0) {
        ::unlinkat(m_at, m_temp.constData(), 0);
        return true;
    }
    if (errno == EEXIST)
        return fail(QStringLiteral("%1 already exists (use --force to overwrite)")
                        .arg(NativePath::display(m_path)));
    return fail(
        QStringLiteral("cannot write %1: %2").arg(NativePath::display(m_path), lastErrnoText()));
}

// Gives the unnamed file (still open) the name `name`, like link(2): fails
// with EEXIST when the name is taken. linkat(AT_EMPTY_PATH) names the
// descriptor itself; kernels before 6.10 allow that only with
// CAP_DAC_READ_SEARCH and say ENOENT, so the path through /proc/self/fd
// (a walk through procfs per file: measurable over thousands of small
// files) is the fallback, and after it worked once the only way.
bool SafeOutputFile::linkUnnamed(const char *name) const
{
    static std::atomic<bool> emptyPath{true};
    if (emptyPath.load(std::memory_order_relaxed)) {
        if (::linkat(m_fd, "", m_at, name, AT_EMPTY_PATH) == 0) return true;
        if (errno != ENOENT) return false;
    }
    char self[64];
    std::snprintf(self, sizeof self, "/proc/self/fd/%d", m_fd);
    if (::linkat(AT_FDCWD, self, m_at, name, AT_SYMLINK_FOLLOW) != 0) return false;
    emptyPath.store(false, std::memory_order_relaxed);
    return true;
}

// Links the unnamed file (still open) to the target. With `overwrite` and
// an existing target: linked to a hidden name first, then renamed over it.
bool SafeOutputFile::publishUnnamed()
{
    if (linkUnnamed(m_target.constData())) return true;
    if (errno != EEXIST)
        return fail(QStringLiteral("cannot write %1: %2")
                        .arg(NativePath::display(m_path), lastErrnoText()));
    if (!m_options.overwrite)
        return fail(QStringLiteral("%1 already exists (use --force to overwrite)")
                        .arg(NativePath::display(m_path)));
    const QFileInfo fi(m_path);
    const QByteArray dir = m_at == AT_FDCWD ? NativePath::encode(fi.path()) : QByteArray(".");
    const QByteArray base = NativePath::encode(fi.fileName()).left(100);
    for (int attempt = 0; attempt < 16; ++attempt) {
        char suffix[32];
        std::snprintf(suffix, sizeof suffix, ".wm-%08x.tmp",
                      QRandomGenerator::global()->generate());
        m_temp = dir + "/." + base + suffix;
        if (linkUnnamed(m_temp.constData())) return publish(); // renames m_temp over the target
        if (errno != EEXIST) break;
    }
    m_temp.clear();
    return fail(
        QStringLiteral("cannot write %1: %2").arg(NativePath::display(m_path), lastErrnoText()));
}

// Size, permissions, time and (with `sync`) the data, before publishing.
bool SafeOutputFile::finishFile()
{
    // A trailing run of zeros was skipped: extend the file to its size.
    if (m_hole > 0 && ::ftruncate(m_fd, m_size) != 0)
        return fail(QStringLiteral("cannot write %1: %2")
                        .arg(NativePath::display(m_path), lastErrnoText()));
    if (m_mode && ::fchmod(m_fd, *m_mode) != 0)
        return fail(QStringLiteral("cannot set permissions of %1: %2")
                        .arg(NativePath::display(m_path), lastErrnoText()));
    if (m_mtime) {
        const timespec times[2] = {{0, UTIME_OMIT}, *m_mtime};
        ::futimens(m_fd, times); // best effort, like lz4 and gzip
    }
    if (m_options.sync && ::fsync(m_fd) != 0)
        return fail(QStringLiteral("cannot write %1: %2")
                        .arg(NativePath::display(m_path), lastErrnoText()));
    return true;
}

bool SafeOutputFile::commit()
{
    if (m_fd < 0 || m_failed) {
        if (!m_failed) fail(QStringLiteral("not open"));
        discard();
        return false;
    }
    bool ok = m_direct || finishFile();
    // An unnamed file is linked while still open: closed, it is gone.
    if (m_unnamed) ok = ok && publishUnnamed();
    if (::close(m_fd) != 0 && ok)
        ok = fail(QStringLiteral("cannot write %1: %2")
                      .arg(NativePath::display(m_path), lastErrnoText()));
    m_fd = -1;
    if (m_direct) {
        m_direct = false;
        return ok;
    }
    if (!m_unnamed) ok = ok && publish();
    m_unnamed = false;
    if (!ok) {
        if (!m_temp.isEmpty()) ::unlinkat(m_at, m_temp.constData(), 0);
        m_temp.clear();
        return false;
    }
    m_temp.clear();
    return !m_options.sync || syncFolder();
}

// With `sync`, after publishing: the new name is durable only once the
// folder is synced. A failure fails the commit (the caller reports it and
// exits 1; an archive's sources must not be deleted on its strength), but
// the published file stays: it is whole, and with `overwrite` it has
// already replaced what was there, so removing it would lose both.
bool SafeOutputFile::syncFolder()
{
    // (The error first: display() may change errno.)
    const auto failed = [&](const char *what) {
        const QString error = lastErrnoText();
        return fail(QStringLiteral("cannot %1 (the file is in place, but may not survive a power "
                                   "cut): %2")
                        .arg(QString::fromLatin1(what).arg(NativePath::display(m_path)), error));
    };
    if (m_at != AT_FDCWD) return ::fsync(m_at) == 0 || failed("sync the folder of %1");
    const QByteArray dir = NativePath::encode(QFileInfo(m_path).path());
    const int dfd = ::open(dir.constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (dfd < 0) return failed("open the folder of %1 to sync it");
    const bool ok = ::fsync(dfd) == 0 || failed("sync the folder of %1");
    ::close(dfd);
    return ok;
}

void SafeOutputFile::discard()
{
    if (m_fd >= 0) ::close(m_fd);
    m_fd = -1;
    if (!m_direct && !m_temp.isEmpty()) ::unlinkat(m_at, m_temp.constData(), 0);
    m_temp.clear();
    m_direct = false;
    m_unnamed = false; // closing it was enough
}

} // namespace wm
