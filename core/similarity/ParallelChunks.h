// SPDX-FileCopyrightText: 2026 WhiteMagic contributors
// SPDX-License-Identifier: MIT

#pragma once

#include <QtGlobal>
#include <functional>

class QThreadPool;

namespace wm {

class CancelToken;

// Runs work(begin, end) over [0, count) in chunks of `chunk` on `pool`,
// with at most one task per pool thread pulling chunks from a shared
// counter. The calling thread waits and runs `tick` about every `tickMs`
// (progress on the caller's thread). No new chunk starts once `cancel` is
// set. Returns false when cancelled. The caller must not be a thread of
// `pool` that the work needs (it only waits).
class ParallelChunks
{
public:
    using Work = std::function<void(qsizetype begin, qsizetype end)>;
    static bool run(QThreadPool &pool, qsizetype count, qsizetype chunk, const Work &work,
                    const CancelToken *cancel, const std::function<void(qsizetype done)> &tick,
                    int tickMs);
};

} // namespace wm
