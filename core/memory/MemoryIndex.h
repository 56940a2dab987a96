// SPDX-FileCopyrightText: 2026 WhiteMagic contributors
// SPDX-License-Identifier: MIT

#pragma once

#include "MemoryNote.h"

#include <QByteArray>
#include <QString>
#include <vector>

namespace wm {

// The store's index file, index.json at the memory folder's root: every
// note of short_term/ and long_term/ (path, title, created, tags, size) and
// the consolidation archives of archive/. It carries
// "format": "whitemagic-memory-index", so an index.json written by anything
// else is recognised as not ours and never overwritten.
class MemoryIndex
{
public:
    struct Archive
    {
        QString relPath; // "archive/consolidation-20261201T120000Z.tar.lz4"
        QString runId;
        qint64 notes = 0;
    };

    // The index's bytes for these notes (sorted by path) and archives.
    [[nodiscard]] static QByteArray build(const std::vector<const MemoryNote *> &notes,
                                          const std::vector<Archive> &archives,
                                          const QDateTime &updated);
    // True for bytes that build() wrote (any version of the format).
    [[nodiscard]] static bool isOurs(const QByteArray &bytes);
};

} // namespace wm
