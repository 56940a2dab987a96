// SPDX-FileCopyrightText: 2026 WhiteMagic contributors
// SPDX-License-Identifier: MIT

#include "WalkAhead.h"

#include "SortedWalk.h"

#include <chrono>

namespace wm {

WalkAhead::WalkAhead(const WalkOptions &options, bool displayPaths, size_t chunkSize,
                     size_t maxChunks)
    : m_maxChunks(std::max<size_t>(1, maxChunks)),
      m_thread(
          [this, &options, displayPaths, chunkSize] { walk(options, displayPaths, chunkSize); })
{
}

WalkAhead::~WalkAhead()
{
    cancel();
    m_thread.join();
}

void WalkAhead::cancel()
{
    m_stop.cancel();
    std::lock_guard lock(m_mutex); // a walk waiting for room sees it
    m_changed.notify_all();
}

void WalkAhead::walk(const WalkOptions &options, bool displayPaths, size_t chunkSize)
{
    SortedWalk walk(options, &m_stop);
    walk.setDisplayPaths(displayPaths);
    const QString error = walk.run(
        [this](std::vector<WalkEntry> &&chunk) {
            std::unique_lock lock(m_mutex);
            m_changed.wait(lock,
                           [this] { return m_ready.size() < m_maxChunks || m_stop.isCancelled(); });
            if (m_stop.isCancelled()) return; // nobody takes it any more
            m_ready.push_back(std::move(chunk));
            m_changed.notify_all();
        },
        chunkSize);
    std::lock_guard lock(m_mutex);
    m_error = error;
    m_done = true;
    m_changed.notify_all();
}

WalkAhead::Next WalkAhead::next(std::vector<WalkEntry> *chunk, int waitMs)
{
    std::unique_lock lock(m_mutex);
    m_changed.wait_for(lock, std::chrono::milliseconds(waitMs),
                       [this] { return !m_ready.empty() || m_done; });
    if (m_ready.empty()) return m_done ? Next::End : Next::Timeout;
    *chunk = std::move(m_ready.front());
    m_ready.pop_front();
    m_changed.notify_all(); // room for the walk
    return Next::Chunk;
}

QString WalkAhead::error() const
{
    std::lock_guard lock(m_mutex);
    return m_error;
}

} // namespace wm
