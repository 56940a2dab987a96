// SPDX-FileCopyrightText: 2026 WhiteMagic contributors
// SPDX-License-Identifier: MIT

#pragma once

#include "CompressJob.h"

#include <QList>
#include <atomic>
#include <functional>
#include <span>

namespace wm {

class CancelToken;

// Compresses, decompresses or tests many files on worker threads, one file
// per thread at a time (each file is a stream, so memory stays at a few
// block buffers per thread). Results and progress reach the caller on the
// caller's own thread, in batches at most every `progressIntervalMs`, never
// per file from a worker. A cancel stops every worker within one block;
// files cut short leave no output behind. A single file with no progress
// display runs on the caller's thread (no hand-off at all, like the lz4 tool).
class Lz4FileCompressor
{
public:
    enum class Mode
    {
        Compress,
        Decompress,
        Test
    };

    struct Options
    {
        Mode mode = Mode::Compress;
        Lz4FileCodec::Options codec;
        int threads = 0; // 0: one per core, at most one per file
        int progressIntervalMs = 100;
    };

    struct Callbacks
    {
        std::function<void(std::span<const CompressJobResult>)> onResults;
        std::function<void(const CompressProgress &)> onProgress;
    };

    // Returns one result per job, in job order.
    static QList<CompressJobResult> run(const QList<CompressJob> &jobs, const Options &options,
                                        const CancelToken *cancel = nullptr,
                                        const Callbacks &callbacks = {});

    [[nodiscard]] static int threadsFor(int requested, qsizetype jobs);

private:
    static CompressJobResult runJob(const CompressJob &job, qsizetype index, const Options &options,
                                    const CancelToken *cancel, std::atomic<qint64> *bytesDone);
};

} // namespace wm
