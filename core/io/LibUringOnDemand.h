// SPDX-FileCopyrightText: 2026 WhiteMagic contributors
// SPDX-License-Identifier: MIT

#pragma once

namespace wm {

// liburing, loaded when StatBatch first sets up a ring rather than when the
// program starts.
//
// Only an index update stats files through io_uring, yet the dynamic loader
// maps and relocates every library `wm` links at each start, a `wm search
// --no-update` included (about 5 page faults and 250,000 instructions of
// a start that is mostly such work; see compress/LibArchiveOnDemand.h for
// the same for libarchive). So `wm` links this instead of liburing (the
// target property WM_LIBURING_ON_DEMAND, see core/io/CMakeLists.txt): it
// defines each liburing function StatBatch calls, with the declaration's
// own type (liburing.h is included, so the compiler checks every
// signature), as a forwarder to the real one, looked up in liburing.so.2
// on first call. The desktop application and the tests link liburing as
// usual, which is also what keeps it in the packages.
//
// Unlike libarchive, liburing is optional: when it cannot be loaded, ring
// set-up fails with -ENOSYS, as on a kernel without io_uring, and StatBatch
// stats file by file. A function that StatBatch starts to use must be
// added to the list in LibUringOnDemand.cpp; until then `wm` fails to link,
// naming it.
class LibUringOnDemand
{
public:
    // The address of `name` in liburing, loading the library on first use;
    // null when it cannot be loaded or has no such function.
    static void *symbol(const char *name);
};

} // namespace wm
