// SPDX-FileCopyrightText: 2026 WhiteMagic contributors
// SPDX-License-Identifier: MIT

#pragma once

#include "ByteSink.h"

#include <QByteArray>
#include <QString>
#include <fcntl.h>
#include <optional>
#include <sys/stat.h>
#include <time.h>

namespace wm {

// Writes a file so that readers never see a half-written result: data goes
// to an unnamed file in the target's folder (O_TMPFILE), which commit()
// links into place (linkat: one change to the folder instead of a create
// and a rename, which matters when threads write many files into one
// folder and queue on its lock); where the file system or kernel has no
// O_TMPFILE, to a hidden temporary file that commit() renames. Without
// `overwrite`, an existing target is never replaced, not even by a file
// that appears while we write (linkat and the no-replace rename both fail
// on an existing name). If the object is destroyed without commit(), or the
// process dies, the unnamed file is gone and a named temporary file is
// removed, so errors and cancels leave nothing behind (one exception: with
// Options::sync, a failure to sync the folder after publishing).
//
// Character devices and FIFOs (e.g. /dev/null) are written directly: there
// is nothing to replace atomically.
class SafeOutputFile final : public ByteSink
{
public:
    struct Options
    {
        bool overwrite = false;
        // Seek over runs of zero bytes instead of writing them, as `lz4 -d`
        // does, so sparse inputs come back sparse and zeros cost no disk.
        bool sparse = false;
        // fsync the file and its folder before reporting success: for
        // archives whose sources may be deleted right after. The folder is
        // synced after publishing: when that fails (or the folder cannot be
        // opened for it), commit() fails but the whole file stays in place.
        bool sync = false;
        // The file being read (when there is one): a target that is that
        // file, or a link to it, is refused even with `overwrite`, since
        // replacing it would destroy the data being read. Costs nothing
        // when the target does not exist yet (the common case). Read by
        // open() only: it need not outlive that call.
        const struct stat *input = nullptr;
        // An open descriptor (O_DIRECTORY) of the folder `path` names, shared
        // by many outputs into it: each system call then names the file in
        // it, instead of walking the folder's path again (for thousands of
        // files on several threads, the walks of the same few folders and
        // their references cost CPU, and more so as threads are added), and
        // the folder is fsynced through it. -1: paths as given.
        int folder = -1;
    };

    SafeOutputFile() = default;
    ~SafeOutputFile() override;
    SafeOutputFile(const SafeOutputFile &) = delete;
    SafeOutputFile &operator=(const SafeOutputFile &) = delete;

    bool open(const QString &path, const Options &options);
    bool write(const char *data, qint64 size) override;
    // Applied at commit(); by default the file gets 0666 minus the umask.
    void setPermissions(mode_t mode) { m_mode = mode & 07777; }
    void setModificationTime(const timespec &mtime) { m_mtime = mtime; }
    bool commit();
    void discard();

    [[nodiscard]] QString errorString() const override { return m_error; }
    [[nodiscard]] QString path() const { return m_path; }
    [[nodiscard]] int fd() const { return m_fd; }
    [[nodiscard]] qint64 size() const { return m_size; }
    // Device and inode of the file being written (to skip it when archiving
    // the folder it lives in).
    [[nodiscard]] bool identity(dev_t &dev, ino_t &ino) const;

private:
    bool fail(const QString &what);
    [[nodiscard]] bool isInput(struct stat st) const;
    bool writeAll(const char *data, qint64 size);
    bool openTemporary(const QByteArray &dir, const QByteArray &base);
    bool publish();
    bool publishUnnamed();
    bool linkUnnamed(const char *name) const;
    bool finishFile();
    bool syncFolder();

    QString m_path;
    int m_at = AT_FDCWD; // or Options::folder: m_target and m_temp are relative to it
    QByteArray m_target;
    QByteArray m_temp;
    Options m_options;
    int m_fd = -1;
    bool m_direct = false;
    bool m_unnamed = false; // an O_TMPFILE file: no name until published
    bool m_failed = false;
    qint64 m_size = 0;
    qint64 m_hole = 0;
    std::optional<mode_t> m_mode;
    std::optional<timespec> m_mtime;
    QString m_error;
};

} // namespace wm
