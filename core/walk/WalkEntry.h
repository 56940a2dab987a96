// SPDX-FileCopyrightText: 2026 WhiteMagic contributors
// SPDX-License-Identifier: MIT

#pragma once

#include <QString>
#include <string>

namespace wm {

// One file found by the walker, or one place the walker could not read.
struct WalkEntry
{
    QString relPath;       // relative to the root, '/' separated, for display
    std::string nativeRel; // the same path as the file system's bytes, for opening
    qint64 size = 0;
    qint64 mtimeMs = 0;
    bool isDirectory = false; // only error entries and link rows name directories
    QString error;            // why it could not be listed; empty when fine
    // A link row (--follow-links): a linked folder whose target was already
    // listed; this names that folder ("d/" inside the root, else its real path).
    QString linkTarget;
};

} // namespace wm
