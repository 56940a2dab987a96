// SPDX-FileCopyrightText: 2026 WhiteMagic contributors
// SPDX-License-Identifier: MIT

#pragma once

#include "MemoryNote.h"

#include <QString>
#include <QStringList>
#include <functional>
#include <vector>

namespace wm {

class CancelToken;

// A memory folder: short_term/, long_term/ and archive/ of notes, the index
// file (index.json, see MemoryIndex) and the consolidation state folder
// (.wm-consolidate/: run records, the lock). scan() reads every note of the
// three folders (not recursively: sub-folders and other files are listed in
// `ignored`, and left alone), without an event loop.
struct MemoryStoreScan
{
    QString root;                  // as given (lossless)
    std::vector<MemoryNote> notes; // valid notes, sorted by relPath
    std::vector<MemoryNote> malformed;
    QStringList ignored; // "relPath: why" for files that are not notes
    QStringList errors;  // unreadable files and folders, with the system's message
    QString fatalError;  // the folder itself cannot be read: nothing else is set
    bool cancelled = false;
};

class MemoryStore
{
public:
    static const QString &indexFileName();   // "index.json"
    static const QString &stateFolderName(); // ".wm-consolidate"

    // True when `root` holds at least one of short_term/, long_term/.
    [[nodiscard]] static bool looksLikeStore(const QString &root);

    // Progress (notes read so far) in batches, on the calling thread.
    [[nodiscard]] static MemoryStoreScan
    scan(const QString &root, const CancelToken *cancel = nullptr,
         const std::function<void(qint64 notesRead)> &onProgress = {});
};

} // namespace wm
