// SPDX-FileCopyrightText: 2026 WhiteMagic contributors
// SPDX-License-Identifier: MIT

#pragma once

#include <QList>
#include <QString>

namespace wm {

// The indexes kept in the default folder (SearchIndex::defaultFolder(), and
// the folder older versions used): what `wm index --list` shows and
// `wm index --forget` removes. Indexes given with --db are the user's files
// and are not catalogued.
class IndexCatalog
{
public:
    struct Entry
    {
        QString dbPath;
        QString root;     // the indexed folder (empty when unreadable)
        QString updated;  // ISO time of the last complete update, or empty
        qint64 bytes = 0; // database with its WAL
        bool rootExists = false;
        bool legacy = false; // in the folder of older versions
    };

    static QList<Entry> list();

    // Deletes one catalogued index (database, WAL, shared memory, lock)
    // under the indexer's lock. Refuses a file that is not a WhiteMagic
    // index or that an indexer is using.
    static bool forget(const QString &dbPath, QString *error);
};

} // namespace wm
