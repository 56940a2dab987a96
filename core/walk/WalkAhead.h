// SPDX-FileCopyrightText: 2026 WhiteMagic contributors
// SPDX-License-Identifier: MIT

#pragma once

#include "WalkEntry.h"
#include "WalkOptions.h"
#include "concurrency/CancelToken.h"

#include <QString>
#include <condition_variable>
#include <deque>
#include <mutex>
#include <thread>
#include <vector>

namespace wm {

// A SortedWalk on a thread of its own, its chunks handed over in path order
// through a bounded queue, so that listing folders (getdents, ignore files,
// sorting) runs beside the consumer's own work on each entry instead of
// before it: an index update with nothing to do spends about half of its
// calling thread's time in each. Memory: at most `maxChunks` chunks.
class WalkAhead
{
public:
    enum class Next
    {
        Chunk,   // *chunk holds the next entries
        Timeout, // nothing yet; ask again
        End      // the walk ended (see error())
    };

    // Starts walking at once. `options` must outlive this object.
    WalkAhead(const WalkOptions &options, bool displayPaths, size_t chunkSize,
              size_t maxChunks = 16);
    // Stops the walk if it still runs and waits for its thread.
    ~WalkAhead();
    WalkAhead(const WalkAhead &) = delete;
    WalkAhead &operator=(const WalkAhead &) = delete;

    // Waits up to `waitMs` for the next chunk.
    Next next(std::vector<WalkEntry> *chunk, int waitMs);
    // Stops the walk early: next() then ends soon.
    void cancel();
    // The walk's fatal error (the root cannot be walked); after Next::End.
    [[nodiscard]] QString error() const;

private:
    void walk(const WalkOptions &options, bool displayPaths, size_t chunkSize);

    const size_t m_maxChunks;
    CancelToken m_stop;
    mutable std::mutex m_mutex; // guards the members below
    std::condition_variable m_changed;
    std::deque<std::vector<WalkEntry>> m_ready;
    bool m_done = false;
    QString m_error;
    std::thread m_thread; // last: started once the rest exists
};

} // namespace wm
