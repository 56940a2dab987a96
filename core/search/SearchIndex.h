// SPDX-FileCopyrightText: 2026 WhiteMagic contributors
// SPDX-License-Identifier: MIT

#pragma once

#include "IndexLock.h"
#include "IndexStaging.h"
#include "SqlConnection.h"

#include <QString>
#include <memory>

namespace wm {

// One folder's search index: a SQLite database (WAL mode, so searches run
// while an indexer writes). Opening validates the file — SQLite header,
// application id, schema version, the folder it belongs to and, for files
// up to `fullCheckBelowBytes`, PRAGMA quick_check.
//
// Whose file it is decides what may happen to it: a file that is not a
// WhiteMagic index (a text file, another application's database) is never
// renamed, overwritten or deleted — open() refuses it. A damaged or
// outdated index of ours is rebuilt (a --db one moved aside to a numbered
// PATH.damaged first), always under the indexer's lock (IndexLock), and
// never by a read-only opener, which reports the damage instead.
class SearchIndex
{
public:
    struct OpenOptions
    {
        bool create = true; // create the file when missing
        // The user chose this path (--db): move a damaged file to PATH.damaged
        // rather than delete it, and never take over another folder's index.
        bool userPath = false;
        bool fullCheck = false; // quick_check whatever the size
        // quick_check reads every page (~150 MB/s on a busy disk): worth it
        // for small files at every open, for large ones only when asked.
        // Larger files still get the structural checks; damage elsewhere
        // surfaces as SQLITE_CORRUPT at the first query that reads it.
        qint64 fullCheckBelowBytes = qint64(16) << 20;
        // Searching only: opens read-only, never creates, rebuilds, renames
        // or deletes anything; a damaged index is Failed with a message.
        bool readOnly = false;
        // Start from an empty index (--rebuild) without taking the current
        // one away: the new one is built in PATH.rebuild under the lock and
        // replaces PATH only at publish(), so searches see the old index
        // until the new one is complete. close() without publish() drops it.
        bool fresh = false;
        // A missing index is built the same way, in PATH.rebuild, and
        // appears at PATH only at publish(): nobody can search an index that
        // does not exist yet, so the staging file is written without a WAL
        // (each page once, no checkpoint), and a build killed midway leaves
        // no half-made index at PATH. close() without publish() drops it.
        bool stageNew = false;
    };

    enum class Status
    {
        Opened,    // an existing, healthy index
        Created,   // there was none
        Rebuilt,   // the file was damaged, foreign or outdated; now empty
        Missing,   // none and `create` was false
        WrongRoot, // a WhiteMagic index of another folder: left alone
        Failed,    // cannot be opened or created (permissions, disk), is not a
                   // WhiteMagic index, is damaged (read-only), or another
                   // indexer holds the lock while it would have to be made
    };

    SearchIndex() = default;
    ~SearchIndex();
    SearchIndex(const SearchIndex &) = delete;
    SearchIndex &operator=(const SearchIndex &) = delete;

    // `root` must be canonical. `message` explains any status but Opened/Created.
    Status open(const QString &dbPath, const QString &root, const OpenOptions &options,
                QString *message);
    // Replaces the open index by an empty one (after damage found later).
    // Takes the indexer's lock; Failed when another indexer holds it.
    Status rebuild(const QString &reason, QString *message);
    // After a `fresh` or staged open: makes the staging file the index
    // (WAL mode, fsync, then rename over PATH). True, with nothing to do,
    // for any other open.
    bool publish(QString *error);
    // Between a `fresh` or staged open and publish(): the connection is on
    // the staging file, which nobody else reads.
    [[nodiscard]] bool isStaging() const { return m_staging.isActive(); }
    void close();

    [[nodiscard]] bool isOpen() const { return m_db.isOpen(); }
    [[nodiscard]] SqlConnection &db() { return m_db; }
    // The database file the connection is on: PATH, or PATH.rebuild between
    // a `fresh` open and publish() (the indexer's lock is then on PATH,
    // held by this object).
    [[nodiscard]] const QString &path() const
    {
        return m_staging.isActive() ? m_staging.file() : m_path;
    }
    [[nodiscard]] const QString &root() const { return m_root; }

    QString meta(const QString &key);
    void setMeta(const QString &key, const QString &value);

    // Where the index of `canonicalRoot` lives unless --db says otherwise:
    // <data folder>/search/<folder name>-<hash of the path>.db, where the
    // data folder is $XDG_DATA_HOME/WhiteMagic (~/.local/share/WhiteMagic).
    static QString defaultPath(const QString &canonicalRoot);
    // The folder of the default indexes, and the one older versions used
    // (…/WhiteMagic/WhiteMagic/search, the organisation name twice).
    static QString defaultFolder();
    static QString legacyFolder();
    // The canonical form of a folder path, or empty when it is no folder.
    static QString canonicalRoot(const QString &dir);

    // Bytes used by the database with its WAL.
    [[nodiscard]] qint64 fileBytes() const;

private:
    // Empty when healthy, else why not. Sets `otherRoot` for another folder's index.
    QString validate(const OpenOptions &options, QString *otherRoot);
    void configure();
    void createSchema();
    bool createFresh(const QString &target, QString *error);
    bool discardFile(const QString &reason, QString *message);
    bool takeLock(QString *message);
    Status openFresh(QString *message);
    Status openExisting(const OpenOptions &options, QString *message);

    SqlConnection m_db;
    QString m_path;
    QString m_root;
    IndexStaging m_staging; // PATH.rebuild while a fresh index is being built
    bool m_userPath = false;
    bool m_readOnly = false;
    std::unique_ptr<IndexLock> m_lock; // held while creating or rebuilding
};

} // namespace wm
