// SPDX-FileCopyrightText: 2026 WhiteMagic contributors
// SPDX-License-Identifier: MIT

#pragma once

#include "ByteSource.h"

#include <sys/stat.h>

namespace wm {

// Reads a file or a pipe through a POSIX descriptor with large reads (the
// compressor hands its buffers straight to read(2), no extra copy).
class FdSource final : public ByteSource
{
public:
    FdSource() = default;
    ~FdSource() override;
    FdSource(const FdSource &) = delete;
    FdSource &operator=(const FdSource &) = delete;

    // Opens `path` for reading ("-" means standard input). On failure
    // errorString() holds the system's reason.
    bool open(const QString &path);
    void close();

    qint64 read(char *data, qint64 maxSize) override;
    [[nodiscard]] QString errorString() const override { return m_error; }

    [[nodiscard]] int fd() const { return m_fd; }
    [[nodiscard]] const struct stat &info() const { return m_stat; }
    // True for regular files, whose size is known before reading.
    [[nodiscard]] bool isRegularFile() const { return S_ISREG(m_stat.st_mode); }

private:
    int m_fd = -1;
    bool m_owned = false;
    struct stat m_stat = {};
    QString m_error;
};

} // namespace wm
