// SPDX-FileCopyrightText: 2026 WhiteMagic contributors
// SPDX-License-Identifier: MIT

#pragma once

#include "NearDuplicates.h"
#include "walk/WalkEntry.h"
#include "walk/WalkOptions.h"

#include <QString>
#include <vector>

namespace wm {

class CancelToken;

struct FolderSimilarityOptions
{
    WalkOptions walk; // the same walk as the audit's and the index's
    SimilarityOptions similarity;
    qint64 maxFileSize = 16 * 1024 * 1024; // larger files are skipped (0: no limit)
    bool skipFrontMatter = false;          // compare only the body after YAML/TOML front matter
};

struct FolderSimilarityResult
{
    QString root;
    // The files compared, sorted by path; cluster members index this vector.
    std::vector<WalkEntry> files;
    // Files not compared: unreadable, vanished, binary (a NUL byte in the
    // first 8 KiB), too large; `error` says which.
    std::vector<WalkEntry> skipped;
    NearDuplicateResult duplicates;
    QString fatalError; // the root could not be walked
    bool cancelled = false;
};

// Near-duplicate detection over a folder: FileWalker lists it on the pool while
// the same pool reads each file (invalid UTF-8 repaired to U+FFFD) and computes
// its features; then NearDuplicates::findPrepared. Exact duplicates are
// byte-identical files (XXH3-128 of the whole file).
class FolderSimilarity
{
public:
    [[nodiscard]] static FolderSimilarityResult scan(const FolderSimilarityOptions &options,
                                                     const CancelToken *cancel = nullptr,
                                                     const NearDuplicates::Callbacks &cb = {});
};

} // namespace wm
