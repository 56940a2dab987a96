// SPDX-FileCopyrightText: 2026 WhiteMagic contributors
// SPDX-License-Identifier: MIT

#pragma once

#include "io/UniqueFd.h"

#include <QString>
#include <memory>
#include <string>

namespace wm {

// One file found by the walker, or one place the walker could not read.
struct WalkEntry
{
    // Relative to the root, '/' separated, for display (empty for files
    // from a SortedWalk told not to make them: see setDisplayPaths).
    QString relPath;
    std::string nativeRel; // the same path as the file system's bytes, for opening
    qint64 size = 0;
    qint64 mtimeMs = 0;
    bool isDirectory = false; // only error entries and link rows name directories
    QString error;            // why it could not be listed; empty when fine
    // A link row (--follow-links): a linked folder whose target was already
    // listed; this names that folder ("d/" inside the root, else its real path).
    QString linkTarget;
    // Set by the sorted walk (SortedWalk): the open folder the file is in,
    // so it is opened by name (openat), without resolving its whole path
    // again; and whether size and mtime still need a stat (getdents64's
    // d_type told a regular file, so the walk did not stat it).
    std::shared_ptr<const UniqueFd> folder;
    bool needsStat = false;
};

} // namespace wm
