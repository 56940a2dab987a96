// SPDX-FileCopyrightText: 2026 WhiteMagic contributors
// SPDX-License-Identifier: MIT

#pragma once

#include "ArchiveManifest.h"
#include "ArchiveWriter.h"
#include "Lz4FrameWriter.h"
#include "io/FdSink.h"
#include "io/SafeOutputFile.h"

#include <QElapsedTimer>
#include <QHash>
#include <QList>
#include <QPair>
#include <QSet>
#include <archive.h>
#include <archive_entry.h>
#include <memory>
#include <sys/stat.h>

namespace wm {

struct ArchiveEntryDeleter
{
    void operator()(struct archive_entry *e) const { archive_entry_free(e); }
};
using ArchiveEntryPtr = std::unique_ptr<struct archive_entry, ArchiveEntryDeleter>;

// One archive being written (ArchiveWriter::create): the walk over the
// inputs, libarchive's tar writer, the LZ4 frame it is piped through, the
// hard-link resolver, and the manifest filled as members go by. Used once:
// construct, then run().
class ArchiveWriteSession
{
public:
    ArchiveWriteSession(const ArchiveWriter::Options &o, const CancelToken *c,
                        const std::function<void(const ArchiveWriter::Progress &)> &p)
        : options(o), cancel(c), onProgress(p)
    {
    }

    ArchiveWriter::Result run(const QString &archivePath, const QString &baseDir,
                              const QStringList &paths);

    ~ArchiveWriteSession()
    {
        if (links) archive_entry_linkresolver_free(links);
    }
    ArchiveWriteSession(const ArchiveWriteSession &) = delete;
    ArchiveWriteSession &operator=(const ArchiveWriteSession &) = delete;

private:
    static constexpr qint64 kChunk = 1 << 20;

    static ssize_t writeCallback(struct archive *a, void *client, const void *buffer,
                                 size_t length);
    bool fatal(const QString &message);
    void warn(const QString &message) { result.warnings << message; }
    bool addTree(const QByteArray &fsPath, const QByteArray &member);
    bool addEntry(const QByteArray &fsPath, const QByteArray &member, const struct stat &st);
    bool addFile(const QByteArray &fsPath, const QByteArray &member, ArchiveManifest::Entry &me);
    bool addSymlink(const QByteArray &fsPath, const QByteArray &member, const struct stat &lst,
                    ArchiveManifest::Entry &me);
    bool writeFileData(int fd, const QByteArray &fsPath, qint64 size, QByteArray &sha256);
    bool writeHeader(struct archive_entry *e, const QByteArray &member);
    void fillOwner(struct archive_entry *e, const struct stat &st);
    bool writeManifest();
    void reportProgress(bool force);

    const ArchiveWriter::Options &options;
    const CancelToken *cancel;
    const std::function<void(const ArchiveWriter::Progress &)> &onProgress;
    ArchiveWriter::Result result;
    SafeOutputFile file;
    std::unique_ptr<FdSink> stdoutSink;
    std::unique_ptr<Lz4FrameWriter> lz4;
    struct archive *tar = nullptr;
    struct archive_entry_linkresolver *links = nullptr;
    ArchiveManifest manifest;
    QSet<QByteArray> added;
    QList<QPair<dev_t, ino_t>> skipInodes; // the archive itself
    QHash<uid_t, QByteArray> userNames;
    QHash<gid_t, QByteArray> groupNames;
    std::unique_ptr<char[]> buffer = std::make_unique_for_overwrite<char[]>(kChunk);
    QElapsedTimer sinceProgress;
    bool failed = false;
};

} // namespace wm
