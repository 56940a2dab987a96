// SPDX-FileCopyrightText: 2026 WhiteMagic contributors
// SPDX-License-Identifier: MIT

#include "HugePageHeap.h"

#if defined(__linux__) && defined(__GLIBC__)
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <malloc.h>
#include <sys/mman.h>
#endif

namespace wm::cli {

void HugePageHeap::prepare()
{
// Not under ASan or TSan: their allocators ignore mallopt().
#if defined(__linux__) && defined(__GLIBC__) && defined(MADV_HUGEPAGE) &&                          \
    !defined(__SANITIZE_ADDRESS__) && !defined(__SANITIZE_THREAD__)
    constexpr std::uintptr_t huge = std::uintptr_t(2) << 20;
    constexpr size_t grow = size_t(16) << 20;
    // Grow the heap by `grow` at once with one block, freed at once: it
    // stays as the heap's free top (no trimming below 64 MiB). Only the
    // block's first and last bytes are written (malloc's headers), so the
    // 2 MiB ranges between are untouched when advised: a range with a page
    // in it already would keep 4 KiB pages.
    mallopt(M_TRIM_THRESHOLD, 64 << 20);
    mallopt(M_MMAP_THRESHOLD, 32 << 20);
    void *probe = std::malloc(grow);
    const auto begin = reinterpret_cast<std::uintptr_t>(probe);
    std::free(probe);
    // Blocks up to 4 MiB come from the heap, not from a mapping each.
    mallopt(M_MMAP_THRESHOLD, 4 << 20);
    const std::uintptr_t first = (begin + huge - 1) & ~(huge - 1);
    const std::uintptr_t last = (begin + grow) & ~(huge - 1);
    if (begin == 0 || last <= first ||
        madvise(reinterpret_cast<void *>(first), last - first, MADV_HUGEPAGE) != 0)
        return;
    // What the process allocates from now on comes from the lowest free
    // address: reserve the stretch below the first huge page (never
    // touched but for its header) so it starts there.
    // (Kept in a static: not a leak to LeakSanitizer; volatile, or the
    // compiler drops an allocation nothing reads.)
    [[maybe_unused]] static void *volatile below = nullptr;
    if (first - begin > 64) below = std::malloc(first - begin - 2 * sizeof(size_t));
#endif
}

void HugePageHeap::shareWithThreads()
{
#if defined(__linux__) && defined(__GLIBC__) && !defined(__SANITIZE_ADDRESS__) &&                  \
    !defined(__SANITIZE_THREAD__)
    mallopt(M_ARENA_MAX, 1);
#endif
}

void HugePageHeap::growInLargeSteps()
{
#if defined(__linux__) && defined(__GLIBC__) && !defined(__SANITIZE_ADDRESS__) &&                  \
    !defined(__SANITIZE_THREAD__)
    mallopt(M_TOP_PAD, 64 << 20);
    mallopt(M_TRIM_THRESHOLD, 256 << 20);
#endif
}

} // namespace wm::cli
