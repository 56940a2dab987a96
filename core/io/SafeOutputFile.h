// SPDX-FileCopyrightText: 2026 WhiteMagic contributors
// SPDX-License-Identifier: MIT

#pragma once

#include "ByteSink.h"

#include <QByteArray>
#include <QString>
#include <optional>
#include <sys/stat.h>
#include <time.h>

namespace wm {

// Writes a file so that readers never see a half-written result: data goes
// to a hidden temporary file next to the target, and commit() renames it into
// place. Without `overwrite`, an existing target is never replaced, not even
// by a file that appears while we write (the final step is an atomic
// no-replace rename). If the object is destroyed without commit(), the
// temporary file is removed, so errors and cancels leave nothing behind.
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
        // archives whose sources may be deleted right after.
        bool sync = false;
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
    bool writeAll(const char *data, qint64 size);
    bool publish();

    QString m_path;
    QByteArray m_target;
    QByteArray m_temp;
    Options m_options;
    int m_fd = -1;
    bool m_direct = false;
    bool m_failed = false;
    qint64 m_size = 0;
    qint64 m_hole = 0;
    std::optional<mode_t> m_mode;
    std::optional<timespec> m_mtime;
    QString m_error;
};

} // namespace wm
