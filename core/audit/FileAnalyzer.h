// SPDX-FileCopyrightText: 2026 WhiteMagic contributors
// SPDX-License-Identifier: MIT

#pragma once

#include "FileRecord.h"
#include "io/UniqueFd.h"
#include "walk/WalkEntry.h"

#include <string>

namespace wm {

class CancelToken;
class SourceCounter;

// Reads one file once, in a bounded buffer, and fills its FileRecord: binary
// check (a NUL byte in the first 8000 bytes, git's rule), language, counts,
// token estimate and summary.
class FileAnalyzer
{
public:
    struct Options
    {
        qint64 maxFileSize = 0; // 0: no limit
        // Without --follow-links no path component may be a symbolic link
        // when the file is opened: one swapped in after the walk is refused.
        bool followLinks = false;
    };

    FileAnalyzer(std::string rootNative, Options options);

    [[nodiscard]] FileRecord analyze(const WalkEntry &entry,
                                     const CancelToken *cancel = nullptr) const;

    static constexpr size_t binaryProbeBytes = 8000;
    static constexpr size_t bufferBytes = 256 * 1024;

private:
    struct Reader;
    bool decidedWithoutReading(const WalkEntry &entry, FileRecord &rec) const;
    UniqueFd openFile(const WalkEntry &entry, FileRecord &rec, qint64 &size) const;
    int openEntry(const WalkEntry &entry, int flags) const;
    void overSizeLimit(const WalkEntry &entry, FileRecord &rec) const;
    bool countAll(Reader &in, SourceCounter &counter, FileRecord &rec,
                  const CancelToken *cancel) const;

    std::string m_root;
    UniqueFd m_rootFd; // paths are opened relative to it (long paths, no escape)
    Options m_options;
};

} // namespace wm
