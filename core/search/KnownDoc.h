// SPDX-FileCopyrightText: 2026 WhiteMagic contributors
// SPDX-License-Identifier: MIT

#pragma once

#include <QtGlobal>

namespace wm {

// What the index holds about one file, enough to tell whether it changed:
// size and mtime (a stat answers those), the content hash and state (to
// tell a touched file from a changed one after reading it), and whether it
// was read too soon after a write to trust its timestamps (racy).
struct KnownDoc
{
    qint64 size = 0;
    qint64 mtime = 0;
    quint64 hash = 0;
    int state = 0;
    bool racy = false;

    // Same size and mtime, not racy: the file need not be read.
    [[nodiscard]] bool unchanged(qint64 newSize, qint64 newMtime) const
    {
        return size == newSize && mtime == newMtime && !racy;
    }
};

} // namespace wm
