// SPDX-FileCopyrightText: 2026 WhiteMagic contributors
// SPDX-License-Identifier: MIT

#include "ArchiveExtractor.h"

#include "ArchiveReader.h"
#include "ExtractSession.h"

namespace wm {

ArchiveExtractor::Result
ArchiveExtractor::extract(ByteSource &archive, const QString &destination, const Options &options,
                          const CancelToken *cancel,
                          const std::function<void(const Progress &)> &onProgress)
{
    ArchiveReader reader(archive);
    ExtractSession session(reader, options, cancel, onProgress);
    return session.run(destination);
}

} // namespace wm
