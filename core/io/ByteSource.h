// SPDX-FileCopyrightText: 2026 WhiteMagic contributors
// SPDX-License-Identifier: MIT

#pragma once

#include <QString>
#include <QtGlobal>

namespace wm {

// A pull stream of bytes: a file, a pipe, memory, or a decompressor. The
// engines are written against this so the same code serves files, stdin,
// libarchive callbacks and the fuzz targets.
class ByteSource
{
public:
    virtual ~ByteSource() = default;

    // Reads up to `maxSize` bytes into `data`. Returns the count, 0 at the
    // end of the stream, or -1 on error (see errorString()).
    virtual qint64 read(char *data, qint64 maxSize) = 0;
    [[nodiscard]] virtual QString errorString() const = 0;
};

} // namespace wm
