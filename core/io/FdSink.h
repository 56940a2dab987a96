// SPDX-FileCopyrightText: 2026 WhiteMagic contributors
// SPDX-License-Identifier: MIT

#pragma once

#include "ByteSink.h"

namespace wm {

// Writes to a descriptor the caller owns (standard output, a device such as
// /dev/null, a pipe): no temporary file, no rename.
class FdSink final : public ByteSink
{
public:
    explicit FdSink(int fd) : m_fd(fd) {}

    bool write(const char *data, qint64 size) override;
    [[nodiscard]] QString errorString() const override { return m_error; }

private:
    int m_fd;
    QString m_error;
};

} // namespace wm
