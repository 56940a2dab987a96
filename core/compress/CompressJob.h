// SPDX-FileCopyrightText: 2026 WhiteMagic contributors
// SPDX-License-Identifier: MIT

#pragma once

#include "Lz4FileCodec.h"

#include <QString>

namespace wm {

// One file for Lz4FileCompressor: `output` may be "-" (standard output) and,
// when testing, is empty.
struct CompressJob
{
    QString input;
    QString output;
};

struct CompressJobResult
{
    qsizetype index = 0; // position in the job list
    QString input;
    QString output;
    Lz4FileResult result;
};

struct CompressProgress
{
    qsizetype filesDone = 0;
    qsizetype filesFailed = 0;
    qsizetype filesTotal = 0;
    qint64 bytesDone = 0;  // input bytes processed (compressed bytes when decompressing)
    qint64 bytesTotal = 0; // sum of the input sizes known up front (with onProgress only)
    bool finished = false;
};

} // namespace wm
