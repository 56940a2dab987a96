// SPDX-FileCopyrightText: 2026 WhiteMagic contributors
// SPDX-License-Identifier: MIT

#pragma once

#include <QtGlobal>
#include <memory>
#include <span>

namespace wm {

// Size and mtime of many files named relative to open folders (the
// stat-only check of an index update), in as few system calls as the
// kernel allows: one io_uring submission of IORING_OP_STATX per batch where
// liburing was built in and the kernel lets this process use io_uring
// (sysctl kernel.io_uring_disabled, seccomp in containers), else one
// fstatat per file (also with WM_NO_IO_URING=1 set). On a virtual machine a system call costs about
// a microsecond on its own, as much as the stat's work on a cached file: the batch halves the CPU
// of an update with nothing to do, and the kernel's io_uring workers stat in parallel.
//
// Links are not followed (the walk does not follow them either). One
// instance per thread: a ring is used by the thread that made it.
class StatBatch
{
public:
    struct Item
    {
        int dirFd = -1;             // in: the folder `name` is relative to
        const char *name = nullptr; // in: must stay valid during run()
        qint64 size = 0;            // out, when error == 0
        qint64 mtimeMs = 0;         // out, when error == 0
        int error = 0;              // out: 0 or an errno value
    };

    // Items per io_uring submission (one call to the kernel): an index
    // update's group of files (SortedDiff::chunkSize) at once.
    static constexpr size_t batchSize = 512;

    StatBatch();
    ~StatBatch();
    StatBatch(const StatBatch &) = delete;
    StatBatch &operator=(const StatBatch &) = delete;

    // Fills every item.
    void run(std::span<Item> items);
    // Whether run() goes through io_uring (false: fstatat per file).
    [[nodiscard]] bool batched() const;

    // This thread's instance, made on first use (and its ring with it).
    static StatBatch &forThisThread();
    // One fstatat, the fallback and the reference.
    static void statOne(Item &item);

private:
    struct Ring;
    // False when the ring failed: the caller falls back for the rest.
    bool runRing(std::span<Item> items);
    std::unique_ptr<Ring> m_ring;
};

} // namespace wm
