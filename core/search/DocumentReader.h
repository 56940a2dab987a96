// SPDX-FileCopyrightText: 2026 WhiteMagic contributors
// SPDX-License-Identifier: MIT

#pragma once

#include "PreparedDoc.h"
#include "io/UniqueFd.h"
#include "walk/WalkEntry.h"

#include <string>

namespace wm {

// Reads one file and prepares its document: binary check (a NUL byte in the
// first 8000 bytes, git's and the audit's rule), content capped at
// `maxContentBytes` on a character boundary, invalid UTF-8 repaired, title
// and tags from its head, a content hash. Thread-safe; runs on workers.
class DocumentReader
{
public:
    // The default cap: 4 MiB of text per file. Beyond that a file is almost
    // always generated data (register maps, dumps), not something people
    // search by content; its first 4 MiB are indexed and it is marked truncated.
    static constexpr qint64 defaultMaxContentBytes = qint64(4) << 20;
    // The most text taken from one file, whatever is asked: one file's text
    // is held whole by a reader, the writer's queue and one SQLite value
    // (whose limit is 1 GB).
    static constexpr qint64 maxContentLimit = qint64(256) << 20;
    static constexpr size_t binaryProbeBytes = 8000;

    // Without `followLinks` no path component may be a symbolic link when a
    // file is opened (io/NativePath.h openBelow): one swapped in after the
    // walk is not read from outside the root.
    DocumentReader(std::string rootNative, qint64 maxContentBytes, bool followLinks = false);

    [[nodiscard]] PreparedDoc read(const WalkEntry &entry) const;

    // "c" for "a/b.c"; empty for "Makefile" and ".bashrc".
    static QString extensionOf(const QString &name);

private:
    [[nodiscard]] PreparedDoc readFile(const WalkEntry &entry) const;
    // The file's descriptor, or -1 with errno set.
    [[nodiscard]] int open(const WalkEntry &entry, int flags) const;
    std::string m_root;
    UniqueFd m_rootFd;
    qint64 m_maxContent;
    bool m_followLinks;
};

} // namespace wm
