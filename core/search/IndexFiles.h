// SPDX-FileCopyrightText: 2026 WhiteMagic contributors
// SPDX-License-Identifier: MIT

#pragma once

#include <QString>
#include <QStringList>

namespace wm {

// The files that make up one search index on disk and the few operations
// that move them as a unit: PATH, PATH-wal, PATH-shm, PATH.lock, the
// staging file of a rebuild (PATH.rebuild) and damaged copies set aside
// (PATH.damaged, PATH.damaged.1, ...).
class IndexFiles
{
public:
    enum class Owner
    {
        Missing, // no file at the path
        Empty,   // a zero-length file: nothing to lose
        Ours,    // a SQLite file with WhiteMagic's application id (maybe damaged)
        NotOurs, // anything else: never renamed, overwritten or deleted
    };

    // Decides from the first 100 bytes (the SQLite header), without SQLite,
    // so a foreign file is recognised even when SQLite could not open it.
    static Owner owner(const QString &path, QString *why);

    // Every name the index of `dbPath` may use, for keeping them out of the
    // index itself when the database lies inside the indexed folder.
    static bool isIndexFile(const QString &dbPath, const QString &candidate);

    static void removeSidecars(const QString &dbPath);

    // Removes what an interrupted build of `dbPath` left behind: its staging
    // file (PATH.rebuild) and private files of a creation (PATH.new-PID,
    // PATH.rebuild.new-PID), with their sidecars — only files of ours
    // (owner()). Only for the holder of the indexer's lock on `dbPath`, the
    // only process that may be building them.
    static void removeLeftovers(const QString &dbPath);

    // Moves the database with its WAL to the first free PATH.damaged[.N]:
    // an earlier damaged copy is never overwritten. Returns the new name, or
    // empty with `error` set.
    static QString moveAside(const QString &dbPath, QString *error);

    // rename(2); false with the system's message in `error`.
    static bool rename(const QString &from, const QString &to, QString *error);

    // An index at `legacy` (the folder older versions used) is moved with
    // its WAL to `dbPath` when there is none there yet and no indexer holds
    // it; otherwise nothing happens.
    static void adoptLegacy(const QString &legacy, const QString &dbPath);

    // fsync of a file and of the folder holding it, so a rename that
    // publishes it survives a power cut. False with `error` set.
    static bool syncFileAndFolder(const QString &path, QString *error);
};

} // namespace wm
