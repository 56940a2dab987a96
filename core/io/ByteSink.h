// SPDX-FileCopyrightText: 2026 WhiteMagic contributors
// SPDX-License-Identifier: MIT

#pragma once

#include <QString>
#include <QtGlobal>

namespace wm {

// A push stream of bytes: a file being written, stdout, memory, or a
// compressor feeding another sink.
class ByteSink
{
public:
    virtual ~ByteSink() = default;

    // Writes all `size` bytes or fails (then errorString() says why).
    virtual bool write(const char *data, qint64 size) = 0;
    [[nodiscard]] virtual QString errorString() const = 0;
};

} // namespace wm
