// SPDX-FileCopyrightText: 2026 WhiteMagic contributors
// SPDX-License-Identifier: MIT

#pragma once

#include "IndexOptions.h"
#include "IndexStats.h"

#include <functional>

namespace wm {

class CancelToken;
class SearchIndex;

// Brings an index up to date with its folder:
//   walk (FileWalker, the audit's ignore rules and filters)
//   → diff each file against the stored (size, mtime) — unchanged files are
//     not read — and, for the rest, read and prepare the document on the
//     walker's pool threads; a file whose content hash did not change only
//     gets its size and mtime updated
//   → one writer thread applies adds, updates and removals in batched
//     transactions (IndexWriter).
// Files missing from the walk are removed, except under folders the walk
// could not list. A run killed at any moment leaves the last committed
// batch, which is a consistent index; the next run completes it.
class IndexUpdater
{
public:
    // Called on the calling thread about every 250 ms, and once at the end.
    using Progress = std::function<void(const IndexStats &)>;

    static IndexStats run(SearchIndex &index, const IndexOptions &options,
                          const CancelToken *cancel = nullptr, const Progress &progress = {});

    // A file modified less than this long before it was read is marked
    // racy, so the next run reads it again (and compares hashes):
    // a second write within the file system's timestamp granularity would
    // otherwise leave size and mtime unchanged and go unnoticed.
    static constexpr qint64 racyWindowMs = 2000;
};

} // namespace wm
