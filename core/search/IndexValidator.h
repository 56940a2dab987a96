// SPDX-FileCopyrightText: 2026 WhiteMagic contributors
// SPDX-License-Identifier: MIT

#pragma once

#include <QString>

namespace wm {

class SqlConnection;

// The checks an index file passes before it is used: our application id
// and format version, all tables present, the folder it belongs to, SQLite's
// quick_check (when asked or small enough) and a probe of both FTS
// structure records, where damage would otherwise only show up in the
// middle of a search. Throws SqliteError when SQLite itself reports damage.
class IndexValidator
{
public:
    struct Request
    {
        QString path; // the database file
        QString root; // the folder it should belong to (canonical)
        bool fullCheck = false;
        qint64 fullCheckBelowBytes = 0;
        qint64 fileBytes = 0; // the file with its WAL
    };

    // Empty when healthy, else why not. Sets `otherRoot` when it is the
    // index of another folder (healthy otherwise).
    static QString check(SqlConnection &db, const Request &request, QString *otherRoot);
};

} // namespace wm
