// SPDX-FileCopyrightText: 2026 WhiteMagic contributors
// SPDX-License-Identifier: MIT

#pragma once

#include "IndexOp.h"

#include <condition_variable>
#include <deque>
#include <mutex>

namespace wm {

// The hand-over between the reader threads and the writer thread, bounded
// by bytes so that fast readers cannot pile up the whole tree in memory
// while SQLite is busy: push() blocks while the budget is used up.
class IndexQueue
{
public:
    explicit IndexQueue(size_t budgetBytes) : m_budget(budgetBytes) {}

    // False when the queue was aborted (the op is dropped).
    bool push(IndexOp &&op);
    // Blocks for the next op; false once closed and drained, or aborted.
    bool pop(IndexOp &op);
    // No more pushes will come; pop() drains what is left.
    void close();
    // Stop now: pending ops are dropped, blocked pushers and poppers return.
    void abort();

private:
    std::mutex m_mutex;
    std::condition_variable m_notFull;
    std::condition_variable m_notEmpty;
    std::deque<IndexOp> m_ops;
    size_t m_budget;
    size_t m_used = 0;
    bool m_closed = false;
    bool m_aborted = false;
};

} // namespace wm
