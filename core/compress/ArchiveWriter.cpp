// SPDX-FileCopyrightText: 2026 WhiteMagic contributors
// SPDX-License-Identifier: MIT

#include "ArchiveWriter.h"

#include "ArchiveWriteSession.h"

namespace wm {

ArchiveWriter::Result ArchiveWriter::create(const QString &archive, const QString &baseDir,
                                            const QStringList &paths, const Options &options,
                                            const CancelToken *cancel,
                                            const std::function<void(const Progress &)> &onProgress)
{
    ArchiveWriteSession session(options, cancel, onProgress);
    return session.run(archive, baseDir, paths);
}

} // namespace wm
