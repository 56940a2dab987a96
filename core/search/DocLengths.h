// SPDX-FileCopyrightText: 2026 WhiteMagic contributors
// SPDX-License-Identifier: MIT

#pragma once

#include <QtGlobal>
#include <sqlite3.h>
#include <unordered_map>
#include <vector>

namespace wm {

// The documents' lengths in tokens (all columns) that bm25 needs for every
// match, read from the FTS5 table's docsize table and kept between queries
// while the index is unchanged.
//
// FTS5's own xColumnSize runs one SQL statement per row; ranking a common
// word that way costs more than the rest of the ranking together. Here a
// row's length is read through one sqlite3_blob handle moved from row to
// row (a B-tree seek, no statement to run and reset: about a quarter of
// the instructions), and remembered: a query only pays for rows no earlier
// query asked for, so repeated and overlapping queries of an engine that
// stays open get cheaper without ever stalling on reading every length.
// load() still reads all of them in one scan, cheaper than row by row once
// most documents are wanted.
//
// The copy belongs to a snapshot of the database: begin() drops it when
// the snapshot moved. Never throws: lengths are asked inside an FTS5
// callback; -1 tells the caller to ask FTS5 instead.
class DocLengths
{
public:
    DocLengths() = default;
    ~DocLengths();
    DocLengths(const DocLengths &) = delete;
    DocLengths &operator=(const DocLengths &) = delete;

    // Before a query on `db`, inside its read transaction (PRAGMA
    // data_version starts the snapshot): keeps the copy only if it is of
    // the database `db` shows now.
    void begin(sqlite3 *db);
    // After the query's ranking: closes the blob handle (an open handle
    // would keep the read transaction, and so an old snapshot, alive).
    void end() noexcept;

    // The length of `rowid`, read and remembered when not known yet; -1
    // when it cannot be read here (FTS5 then reports it or its damage).
    [[nodiscard]] int length(qint64 rowid) noexcept;

    // Reads every length in one scan of the docsize table. False when the
    // table is unreadable or its ids too sparse to keep in an array.
    bool load() noexcept;
    [[nodiscard]] bool isLoaded() const { return m_complete; }
    // Lengths read row by row over the owner's lifetime.
    [[nodiscard]] qint64 rowReads() const { return m_rowReads; }

    void clear();

private:
    static qint64 version(sqlite3 *db);
    bool valid(sqlite3 *db) const;
    bool readAll();
    int readRow(qint64 rowid) noexcept;
    bool store(qint64 rowid, int length);

    static constexpr int kUnknown = -1;
    std::vector<int> m_lengths;             // by rowid, all rows (load()); kUnknown: none
    std::unordered_map<qint64, int> m_rows; // read one by one, before load()
    bool m_complete = false;                // m_lengths holds every row
    bool m_noBlob = false;                  // the docsize table cannot be read by blob
    qint64 m_rowReads = 0;
    sqlite3 *m_db = nullptr;
    sqlite3_blob *m_blob = nullptr;
    qint64 m_version = -1; // read when the first length is kept
    sqlite3_int64 m_changes = -1;
};

} // namespace wm
