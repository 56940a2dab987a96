// SPDX-FileCopyrightText: 2026 WhiteMagic contributors
// SPDX-License-Identifier: MIT

#pragma once

#include "KnownDoc.h"
#include "SqlConnection.h"
#include "SqlStatement.h"

#include <QString>
#include <string>
#include <string_view>
#include <vector>

namespace wm {

// The files an index knows, in byte order of their keys (the order of the
// sorted walk), read a page at a time, so an update can merge them with the
// walk in one ordered pass: memory is one page, whatever the tree's size.
//
// It reads on a connection of its own (the writer thread owns the index's
// connection), one short read transaction per page, so it never holds back
// the writer's WAL checkpoints. Pages continue after the last key read:
// the writer only adds keys the walk has already passed, which are below
// that key, so a later page never sees the run's own additions.
class StoredDocsCursor
{
public:
    // `dbFile`: the database file the index's connection uses. Throws
    // SqliteError when it cannot be opened.
    explicit StoredDocsCursor(const QString &dbFile, int pageRows = 4096);

    [[nodiscard]] bool atEnd();
    // The current file; only when !atEnd(). Valid until advance().
    [[nodiscard]] std::string_view key() const;
    [[nodiscard]] const KnownDoc &doc() const { return m_rows[m_pos].doc; }
    void advance() { ++m_pos; }

private:
    struct Row
    {
        size_t offset = 0;
        size_t length = 0;
        KnownDoc doc;
    };
    void fetch();

    SqlConnection m_db;
    SqlStatement m_page;
    int m_pageRows;
    std::string m_keys; // the page's keys, back to back
    std::vector<Row> m_rows;
    size_t m_pos = 0;
    std::string m_last; // the last key read
    bool m_exhausted = false;
};

} // namespace wm
