// SPDX-FileCopyrightText: 2026 WhiteMagic contributors
// SPDX-License-Identifier: MIT

#include "IndexQueue.h"

namespace wm {

bool IndexQueue::push(IndexOp &&op)
{
    const size_t cost = op.bytes();
    std::unique_lock lock(m_mutex);
    // An op larger than the whole budget still goes through, alone.
    const auto room = [&] {
        return m_aborted || m_ops.empty() || (m_used + cost <= m_budget && m_ops.size() < m_maxOps);
    };
    if (!room()) {
        // Full of large files, maybe fewer than a batch: the writer takes them now.
        m_pushWaiting = true;
        m_notEmpty.notify_one();
        m_notFull.wait(lock, room);
        m_pushWaiting = false;
    }
    if (m_aborted) return false;
    m_used += cost;
    m_ops.push_back(std::move(op));
    // A waiting writer is woken once a batch has gathered (it also looks
    // every few milliseconds): a wake-up per op was most of the hand-over's
    // cost when the writer kept up with the readers.
    if (m_popWaiting && m_ops.size() == wakeBatch) m_notEmpty.notify_one();
    return true;
}

bool IndexQueue::popAll(std::vector<IndexOp> &out)
{
    out.clear();
    std::unique_lock lock(m_mutex);
    m_popWaiting = true;
    while (!m_aborted && !m_closed && m_ops.size() < wakeBatch && !m_pushWaiting) {
        const bool timedOut =
            m_notEmpty.wait_for(lock, std::chrono::milliseconds(2)) == std::cv_status::timeout;
        if (timedOut && !m_ops.empty()) break; // a partial batch
    }
    m_popWaiting = false;
    if (m_aborted || m_ops.empty()) return false;
    out.reserve(m_ops.size());
    for (IndexOp &op : m_ops)
        out.push_back(std::move(op));
    m_ops.clear();
    m_used = 0;
    m_notFull.notify_all();
    return true;
}

bool IndexQueue::aborted() const
{
    std::lock_guard lock(m_mutex);
    return m_aborted;
}

void IndexQueue::close()
{
    std::lock_guard lock(m_mutex);
    m_closed = true;
    m_notEmpty.notify_all();
}

void IndexQueue::abort()
{
    std::lock_guard lock(m_mutex);
    m_aborted = true;
    m_ops.clear();
    m_used = 0;
    m_notEmpty.notify_all();
    m_notFull.notify_all();
}

} // namespace wm
