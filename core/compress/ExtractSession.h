// SPDX-FileCopyrightText: 2026 WhiteMagic contributors
// SPDX-License-Identifier: MIT

#pragma once

#include "ArchiveExtractor.h"
#include "ArchiveManifest.h"
#include "ArchiveMember.h"
#include "ArchiveReader.h"
#include "ExtractDestination.h"
#include "io/UniqueFd.h"

#include <QElapsedTimer>
#include <QSet>
#include <ctime>
#include <memory>
#include <optional>

namespace wm {

// One extraction (ArchiveExtractor::extract): the staging folder, what was
// staged, and what went wrong. Used once: construct, then run().
class ExtractSession
{
public:
    ExtractSession(ArchiveReader &r, const ArchiveExtractor::Options &o, const CancelToken *c,
                   const std::function<void(const ArchiveExtractor::Progress &)> &p);

    ArchiveExtractor::Result run(const QString &destination);

private:
    static constexpr qint64 kChunk = 256 << 10;

    struct DirMeta
    {
        QList<QByteArray> components;
        quint32 mode;
        timespec mtime;
    };

    bool stageMembers(ArchiveReader::Status &st);
    bool holdManifest(const ArchiveMember &m);
    void stageHeldAsFile();
    void checkManifest();
    void error(const QByteArray &member, const QString &message);
    bool checkDestination(const QList<QByteArray> &comps, ArchiveMember::Type type);
    bool stageMember(const ArchiveMember &m, const QList<QByteArray> &comps,
                     ArchiveManifest::Entry &entry);
    bool stageFile(int parent, const QByteArray &name, const ArchiveMember &m,
                   const QByteArray *data, ArchiveManifest::Entry &entry);
    bool clearSlot(int parent, const QByteArray &name, const QByteArray &member);
    bool stageSymlink(int parent, const QByteArray &name, const ArchiveMember &m,
                      const QList<QByteArray> &comps, ArchiveManifest::Entry &entry);
    bool belowSkippedLink(const QList<QByteArray> &comps) const;

    void applyDirectoryMetadata();
    void reportProgress(bool force);

    ArchiveReader &reader;
    const ArchiveExtractor::Options &options;
    const CancelToken *cancel;
    const std::function<void(const ArchiveExtractor::Progress &)> &onProgress;
    ArchiveExtractor::Result result;
    ExtractDestination where;
    QList<ArchiveManifest::Entry> staged;
    QList<DirMeta> dirs;
    QSet<QByteArray> preexistingDirs;
    QSet<QByteArray> skippedLinks; // member paths of links left out
    QSet<QByteArray> stagedDirs;   // folders that received entries: fsynced
    // These two and applyDirectoryMetadata: ExtractFolders.cpp.
    bool syncDirs(int root);
    void noteStagedFolders(const QList<QByteArray> &comps);
    std::unique_ptr<char[]> buffer = std::make_unique_for_overwrite<char[]>(kChunk);
    QElapsedTimer sinceProgress;
    int errorCount = 0;
    // A member named like the manifest, held until we know it came last.
    std::optional<ArchiveMember> heldMember;
    QByteArray heldData;
};

} // namespace wm
