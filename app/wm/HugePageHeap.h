// SPDX-FileCopyrightText: 2026 WhiteMagic contributors
// SPDX-License-Identifier: MIT

#pragma once

namespace wm::cli {

// Backs the process heap with transparent huge pages.
//
// A short `wm` process (a search: open the index, answer once) touches a
// few megabytes of fresh heap, SQLite's page cache among it, one 4 KiB
// page fault at a time. Where page-table updates are expensive (virtual
// machines that trap them: about 40 us a fault on the benchmark machine,
// against under 1 us a page when a 2 MiB huge page is faulted in once),
// those faults cost more than the search itself. So the heap grows in one
// large step, is kept (no trimming), large blocks come from it rather than
// from separate mappings, and the kernel is asked for huge pages there
// (madvise, honoured when transparent huge pages are "madvise" or
// "always"). Costs address space, and at most a few MiB of memory per
// huge page touched; nothing on other systems (glibc on Linux only).
class HugePageHeap
{
public:
    // Call first thing in main(), before much is allocated.
    static void prepare();
    // Threads started from now on allocate from this heap too, instead of
    // from an arena of their own each (glibc gives each new thread one:
    // fresh 4 KiB pages, a fault each, for what the heap already has in
    // huge pages; 4,000 small files compressed on 2 threads: 887 -> 397
    // faults, and as many on 2 threads as on 1). For work whose threads
    // allocate little per item: small blocks come from each thread's own
    // cache (tcache), without the heap's lock. Call before starting them.
    static void shareWithThreads();
    // For a run whose threads allocate and free a small block per file for
    // a long time (an index update: a path per file): the heap grows 64 MiB
    // at a time and keeps up to 256 MiB freed instead of giving it back at
    // once. A rerun on a million files with nothing changed spent 7 % of
    // its user time growing and trimming (sysmalloc, malloc_consolidate):
    // 1.26–1.35 s, and 1.20–1.26 s with this (medians of five runs each).
    // Address space, not memory: pages are only used once touched.
    static void growInLargeSteps();
};

} // namespace wm::cli
