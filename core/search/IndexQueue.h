// SPDX-FileCopyrightText: 2026 WhiteMagic contributors
// SPDX-License-Identifier: MIT

#pragma once

#include "IndexOp.h"

#include <condition_variable>
#include <deque>
#include <mutex>
#include <vector>

namespace wm {

// The hand-over between the reader threads and the writer thread, bounded
// by bytes and by count so that fast readers cannot pile up the tree in
// memory while SQLite is busy: push() blocks while either is used up. (The
// count matters for small files, whose ops cost far more memory than their
// bytes say: 64 MiB of two-line files was every file of a 100k tree.)
class IndexQueue
{
public:
    // Enough to keep the writer busy for a couple of batches.
    static constexpr size_t defaultMaxOps = 4096;
    // The writer is woken when this many ops wait, or after 2 ms.
    static constexpr size_t wakeBatch = 64;

    explicit IndexQueue(size_t budgetBytes, size_t maxOps = defaultMaxOps)
        : m_budget(budgetBytes), m_maxOps(maxOps)
    {
    }

    // False when the queue was aborted (the op is dropped).
    bool push(IndexOp &&op);
    // Blocks until there is an op, then takes every op queued (the writer
    // then works without a lock or a wake-up per op); false once closed and
    // drained, or aborted.
    bool popAll(std::vector<IndexOp> &out);
    [[nodiscard]] bool aborted() const;
    // No more pushes will come; pop() drains what is left.
    void close();
    // Stop now: pending ops are dropped, blocked pushers and poppers return.
    void abort();

private:
    mutable std::mutex m_mutex;
    std::condition_variable m_notFull;
    std::condition_variable m_notEmpty;
    std::deque<IndexOp> m_ops;
    size_t m_budget;
    size_t m_maxOps;
    size_t m_used = 0;
    bool m_closed = false;
    bool m_aborted = false;
    bool m_popWaiting = false;
    bool m_pushWaiting = false; // a reader waits for room
};

} // namespace wm
