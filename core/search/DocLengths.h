// SPDX-FileCopyrightText: 2026 WhiteMagic contributors
// SPDX-License-Identifier: MIT

#pragma once

#include <QtGlobal>
#include <sqlite3.h>
#include <vector>

namespace wm {

// Every document's length in tokens (all columns), read once from the FTS5
// table's docsize table: ranking a common word otherwise looks each row's
// length up with one SQL statement per row (FTS5's xColumnSize), which
// costs more than the rest of the ranking together. The copy belongs to a
// snapshot of the database: valid() tells whether it still matches.
class DocLengths
{
public:
    // Reads fts_docsize on `db` (inside the caller's read transaction).
    // False when the table is unreadable or its ids too sparse to keep in
    // an array; the caller then asks FTS5 row by row. Never throws: it runs
    // inside an FTS5 callback.
    bool load(sqlite3 *db) noexcept;
    [[nodiscard]] bool isLoaded() const { return m_loaded; }
    // Counts one length asked of FTS5 instead; returns the count so far.
    qint64 countLookup() { return ++m_lookups; }

    // Whether the loaded copy is of the database `db` shows now. Call
    // inside a read transaction (PRAGMA data_version starts its snapshot).
    bool valid(sqlite3 *db) const;
    void clear()
    {
        m_lengths.clear();
        m_loaded = false;
    }

    // The length of `rowid`, or -1 when unknown.
    [[nodiscard]] int length(qint64 rowid) const
    {
        return rowid >= 0 && quint64(rowid) < m_lengths.size() ? m_lengths[size_t(rowid)] : -1;
    }

private:
    static qint64 version(sqlite3 *db);
    bool read(sqlite3 *db);

    std::vector<int> m_lengths; // by rowid; -1 where none
    bool m_loaded = false;
    qint64 m_lookups = 0; // over the owner's lifetime, across snapshots
    sqlite3 *m_db = nullptr;
    qint64 m_version = -1;
    sqlite3_int64 m_changes = -1;
};

} // namespace wm
