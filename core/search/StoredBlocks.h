// SPDX-FileCopyrightText: 2026 WhiteMagic contributors
// SPDX-License-Identifier: MIT

#pragma once

#include "KnownDoc.h"
#include "SqlConnection.h"
#include "SqlStatement.h"

#include <QString>
#include <mutex>
#include <optional>
#include <string>
#include <vector>

namespace wm {

// What an update reads of the index it brings up to date, on a read
// connection of its own (the writer thread owns the index's connection):
//   - the statblocks rows in order of `lo`, a page at a time (the walking
//     thread merges them with the sorted walk: memory is a page);
//   - the docs of one key range, for a block whose digest did not match
//     (pool threads, one at a time).
// Each read is a short read transaction, so it never holds back the
// writer's WAL checkpoints. A range is only read before the ops of its own
// files are queued (only those write to it), so it sees the index as the
// run found it.
class StoredBlocks
{
public:
    struct Block
    {
        std::string lo;
        qint64 files = 0;
        std::optional<quint64> digest; // none: unknown
    };
    struct Row
    {
        std::string key;
        KnownDoc doc;
    };
    // [lo, hi): an absent bound is open.
    struct Range
    {
        std::optional<std::string> lo, hi;
    };

    // `dbFile`: the database file the index's connection uses. Throws
    // SqliteError when it cannot be opened.
    explicit StoredBlocks(const QString &dbFile, int pageRows = 1024);

    // Whether the index had no docs at all when the run began (a first
    // build: nothing to read, and the staging file is no WAL database that
    // readers could share with the writer).
    [[nodiscard]] bool noDocs() const { return m_noDocs; }
    // The next block in order of `lo`, or none. Throws SqliteError.
    std::optional<Block> next();
    // The docs in `range`, in key order. Throws SqliteError.
    std::vector<Row> rows(const Range &range);

private:
    void fetchPage();

    std::mutex m_mutex; // the connection is used by one thread at a time
    SqlConnection m_db;
    SqlStatement m_blocks, m_all, m_from, m_below, m_between;
    int m_pageRows;
    bool m_noDocs = false;
    std::vector<Block> m_page;
    std::string m_last; // the last lo read
    size_t m_pos = 0;
    bool m_pagesDone = false;
};

} // namespace wm
