// SPDX-FileCopyrightText: 2026 WhiteMagic contributors
// SPDX-License-Identifier: MIT

#pragma once

#include <QString>
#include <functional>

namespace wm {

class SqlConnection;

// How a new index file comes into being without a half-made one ever
// appearing at its path, for SearchIndex (which holds the indexer's lock
// throughout):
//  - an empty index is made in a private PATH.new-PID and renamed into
//    place once its schema is complete (createFile);
//  - a whole index (a first build, --rebuild) is built in PATH.rebuild and
//    replaces PATH only when complete (begin, publish), never over a file
//    that is not a WhiteMagic index; an unfinished one is dropped
//    (discard), and what a killed build left is removed by the next holder
//    of the lock (removeLeftovers).
class IndexStaging
{
public:
    // What the owner does to a connection on a new file.
    struct Steps
    {
        std::function<void()> configure;    // pragmas, on every file opened
        std::function<void()> createSchema; // on the private file only
    };

    // From now on the index of `path` is built in PATH.rebuild.
    void begin(const QString &path) { m_file = path + QStringLiteral(".rebuild"); }
    // A build in PATH.rebuild is under way (begin() without publish()/discard()).
    [[nodiscard]] bool isActive() const { return !m_file.isEmpty(); }
    [[nodiscard]] const QString &file() const { return m_file; }
    // Forgets the staging file without touching it (it was never made).
    void forget() { m_file.clear(); }

    // Makes `target` a new, empty index and leaves `db` open on it,
    // configured. False with `error` (nothing left behind) on failure.
    static bool createFile(SqlConnection &db, const QString &target, const Steps &steps,
                           QString *error);
    // Makes the staging file the index at `path`: WAL mode, fsync, rename
    // over PATH, fsync of the folder. `db` (on the staging file) is closed;
    // the caller reopens PATH. On failure the staging file is removed and
    // PATH left as it was.
    bool publish(SqlConnection &db, const QString &path, QString *error);
    // Removes an unfinished staging file (with its sidecars): the index at
    // PATH stays as it was.
    void discard();
    // Removes what a killed build of `path` left (IndexFiles::removeLeftovers).
    static void removeLeftovers(const QString &path);

private:
    QString m_file; // PATH.rebuild while a new index is built there
};

} // namespace wm
