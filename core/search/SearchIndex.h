#pragma once

#include "SqlConnection.h"

#include <QString>

namespace wm {

// One folder's search index: a SQLite database (WAL mode, so searches run
// while an indexer writes). Opening validates the file — SQLite header,
// application id, schema version, the folder it belongs to and, for files
// up to `fullCheckBelowBytes`, PRAGMA quick_check — and replaces a damaged
// or foreign file by a fresh index instead of failing on it later.
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
    };

    enum class Status
    {
        Opened,    // an existing, healthy index
        Created,   // there was none
        Rebuilt,   // the file was damaged, foreign or outdated; now empty
        Missing,   // none and `create` was false
        WrongRoot, // a WhiteMagic index of another folder: left alone
        Failed,    // cannot be opened or created (permissions, disk)
    };

    SearchIndex() = default;
    SearchIndex(const SearchIndex &) = delete;
    SearchIndex &operator=(const SearchIndex &) = delete;

    // `root` must be canonical. `message` explains any status but Opened/Created.
    Status open(const QString &dbPath, const QString &root, const OpenOptions &options,
                QString *message);
    // Replaces the open index by an empty one (after damage found later).
    Status rebuild(const QString &reason, QString *message);
    void close();

    [[nodiscard]] bool isOpen() const { return m_db.isOpen(); }
    [[nodiscard]] SqlConnection &db() { return m_db; }
    [[nodiscard]] const QString &path() const { return m_path; }
    [[nodiscard]] const QString &root() const { return m_root; }

    QString meta(const QString &key);
    void setMeta(const QString &key, const QString &value);

    // Where the index of `canonicalRoot` lives unless --db says otherwise:
    // AppDataLocation/search/<folder name>-<hash of the path>.db
    static QString defaultPath(const QString &canonicalRoot);
    // The canonical form of a folder path, or empty when it is no folder.
    static QString canonicalRoot(const QString &dir);

    // Bytes used by the database with its WAL.
    [[nodiscard]] qint64 fileBytes() const;

private:
    // Empty when healthy, else why not. Sets `otherRoot` for another folder's index.
    QString validate(const OpenOptions &options, QString *otherRoot);
    void configure();
    void createSchema();
    bool createFresh(QString *error);
    bool discardFile(const QString &reason, QString *message);

    SqlConnection m_db;
    QString m_path;
    QString m_root;
    bool m_userPath = false;
};

} // namespace wm
