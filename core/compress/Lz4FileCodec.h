// SPDX-FileCopyrightText: 2026 WhiteMagic contributors
// SPDX-License-Identifier: MIT

#pragma once

#include "Lz4Options.h"

#include <QString>
#include <atomic>

namespace wm {

class CancelToken;

struct Lz4FileResult
{
    bool ok = false;
    // What went wrong, without the input's name (the caller adds it).
    QString error;
    qint64 bytesIn = 0;
    qint64 bytesOut = 0;
};

// Compresses or decompresses one file (or standard input/output, "-") as a
// stream with bounded memory, whatever the file's size. Output is written
// through SafeOutputFile: a temporary file renamed into place on success,
// removed on any error or cancel, and never replacing an existing file
// unless `overwrite` is set. Like the `lz4` tool, the output gets the
// input's permissions and modification time, and decompression writes runs
// of zeros as holes.
class Lz4FileCodec
{
public:
    struct Options
    {
        Lz4Options lz4;
        bool overwrite = false;
        bool preserveMetadata = true;
        // fsync the output and its folder before it replaces anything: the
        // input is often deleted right after.
        bool sync = true;
        // An open descriptor of the folder every output is in, when they
        // share one (SafeOutputFile::Options::folder); -1: none.
        int outputFolder = -1;
    };

    // Writes `input` compressed to `output` ("-" for either means the
    // standard stream). The frame records the input's size when known.
    static Lz4FileResult compress(const QString &input, const QString &output,
                                  const Options &options, const CancelToken *cancel = nullptr,
                                  std::atomic<qint64> *progressBytes = nullptr);

    // Decompresses `input` to `output`; an empty `output` only tests the
    // input (decodes it and checks every checksum, writes nothing).
    static Lz4FileResult decompress(const QString &input, const QString &output,
                                    const Options &options, const CancelToken *cancel = nullptr,
                                    std::atomic<qint64> *progressBytes = nullptr);

    // FILE -> FILE.lz4
    [[nodiscard]] static QString compressedName(const QString &input);
    // FILE.lz4 -> FILE, FILE.tlz4 -> FILE.tar; empty when there is no such suffix.
    [[nodiscard]] static QString decompressedName(const QString &input);
};

} // namespace wm
