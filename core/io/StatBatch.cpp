// SPDX-FileCopyrightText: 2026 WhiteMagic contributors
// SPDX-License-Identifier: MIT

#include "StatBatch.h"

#include <algorithm>
#include <cerrno>
#include <fcntl.h>
#include <sys/stat.h>

#ifdef WM_HAVE_LIBURING
#include <liburing.h>
#endif

namespace wm {

namespace {
// The statx buffers of a batch (128 KiB) stay in the second-level cache.
constexpr size_t ringEntries = StatBatch::batchSize;
} // namespace

#ifdef WM_HAVE_LIBURING
struct StatBatch::Ring
{
    io_uring ring{};
    struct statx buffers[ringEntries]
    {
    };
    ~Ring() { io_uring_queue_exit(&ring); }
};
#else
struct StatBatch::Ring
{
};
#endif

StatBatch::StatBatch()
{
#ifdef WM_HAVE_LIBURING
    // WM_NO_IO_URING=1: fstatat only (a kernel that misbehaves, and the
    // tests of the fallback).
    if (qEnvironmentVariableIntValue("WM_NO_IO_URING") != 0) return;
    auto ring = std::make_unique<Ring>();
    // Fails where io_uring is disabled or filtered (EPERM, ENOSYS): fstatat.
    // One thread submits and waits for whole batches: completions are then
    // posted when it waits (DEFER_TASKRUN) instead of waking it once per
    // statx. Kernels before 6.1 refuse the flags: a plain ring.
    io_uring_params params{};
    params.flags = IORING_SETUP_SINGLE_ISSUER | IORING_SETUP_DEFER_TASKRUN;
    if (io_uring_queue_init_params(unsigned(ringEntries), &ring->ring, &params) == 0 ||
        io_uring_queue_init(unsigned(ringEntries), &ring->ring, 0) == 0)
        m_ring = std::move(ring);
#endif
}

StatBatch::~StatBatch() = default;

StatBatch &StatBatch::forThisThread()
{
    thread_local StatBatch batch;
    return batch;
}

bool StatBatch::batched() const
{
    return m_ring != nullptr;
}

void StatBatch::statOne(Item &item)
{
    struct stat st
    {
    };
    if (::fstatat(item.dirFd, item.name, &st, AT_SYMLINK_NOFOLLOW) != 0) {
        item.error = errno;
        return;
    }
    item.error = 0;
    item.size = st.st_size;
    item.mtimeMs = qint64(st.st_mtim.tv_sec) * 1000 + st.st_mtim.tv_nsec / 1000000;
}

void StatBatch::run(std::span<Item> items)
{
    // -1 marks an item not done yet: whatever the ring leaves undone (it
    // failed, or the kernel cannot stat through it) gets an fstatat.
    for (Item &item : items)
        item.error = -1;
    for (size_t done = 0; m_ring && done < items.size(); done += ringEntries) {
        if (!runRing(items.subspan(done, std::min<size_t>(items.size() - done, ringEntries))))
            m_ring.reset(); // a ring that failed once is not used again
    }
    for (Item &item : items)
        if (item.error == -1) statOne(item);
}

#ifdef WM_HAVE_LIBURING
namespace {

// What a completed statx says about `item`. False when the ring cannot
// stat (a kernel without IORING_OP_STATX): the item is left undone.
bool takeResult(int res, const struct statx &sx, StatBatch::Item &item)
{
    if (res == -EINVAL || res == -EOPNOTSUPP || res == -ENOSYS) return false;
    constexpr unsigned wanted = STATX_SIZE | STATX_MTIME;
    if (res < 0) {
        item.error = -res;
    } else if ((sx.stx_mask & wanted) == wanted) {
        item.error = 0;
        item.size = qint64(sx.stx_size);
        item.mtimeMs = qint64(sx.stx_mtime.tv_sec) * 1000 + sx.stx_mtime.tv_nsec / 1000000;
    } // else: a file system that did not say; left undone, fstatat asks
    return true;
}

} // namespace

bool StatBatch::runRing(std::span<Item> items)
{
    io_uring &ring = m_ring->ring;
    for (size_t i = 0; i < items.size(); ++i) {
        io_uring_sqe *sqe = io_uring_get_sqe(&ring);
        if (sqe == nullptr) return false; // cannot happen: a batch fits the ring
        // Size and mtime only (the kernel may skip the rest where that is
        // cheaper); AT_STATX_SYNC_AS_STAT answers as fstatat would.
        io_uring_prep_statx(sqe, items[i].dirFd, items[i].name,
                            AT_SYMLINK_NOFOLLOW | AT_STATX_SYNC_AS_STAT, STATX_SIZE | STATX_MTIME,
                            &m_ring->buffers[i]);
        io_uring_sqe_set_data64(sqe, i);
    }
    // One system call submits the batch and waits for all of it. It returns
    // how many were submitted (the rest, if any, never run: the ring is
    // dropped), or an error when none were.
    const int submitted = io_uring_submit_and_wait(&ring, unsigned(items.size()));
    if (submitted <= 0) return false;
    bool ok = size_t(submitted) == items.size();
    for (int seen = 0; seen < submitted;) {
        io_uring_cqe *cqe = nullptr;
        const int rc = io_uring_wait_cqe_nr(&ring, &cqe, unsigned(submitted - seen));
        if (rc == -EINTR) continue;
        if (rc < 0) return false;
        while (seen < submitted && io_uring_peek_cqe(&ring, &cqe) == 0) {
            const auto i = size_t(io_uring_cqe_get_data64(cqe));
            if (!takeResult(cqe->res, m_ring->buffers[i], items[i])) ok = false;
            io_uring_cqe_seen(&ring, cqe);
            ++seen;
        }
    }
    return ok;
}
#else
bool StatBatch::runRing(std::span<Item> /*items*/)
{
    return false;
}
#endif

} // namespace wm
