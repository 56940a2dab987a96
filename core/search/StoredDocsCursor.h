// SPDX-FileCopyrightText: 2026 WhiteMagic contributors
// SPDX-License-Identifier: MIT

#pragma once

#include "KnownDoc.h"
#include "SqlConnection.h"
#include "SqlStatement.h"

#include <QString>
#include <condition_variable>
#include <deque>
#include <exception>
#include <mutex>
#include <string>
#include <string_view>
#include <thread>
#include <vector>

namespace wm {

// The files an index knows, in byte order of their keys (the order of the
// sorted walk), read a page at a time, so an update can merge them with the
// walk in one ordered pass: memory is a few pages, whatever the tree's size.
//
// It reads on a connection of its own (the writer thread owns the index's
// connection), one short read transaction per page, so it never holds back
// the writer's WAL checkpoints. Pages continue after the last key read:
// the writer only adds keys the walk has already passed, which are below
// that key, so a later page never sees the run's own additions.
//
// Pages are read ahead on a thread of the cursor's own (up to `aheadPages`
// waiting): reading and decoding the rows is a tenth of an update with
// nothing to do, and the walking thread, which merges them, is the one
// every other thread waits for.
class StoredDocsCursor
{
public:
    static constexpr size_t aheadPages = 2;

    // `dbFile`: the database file the index's connection uses. Throws
    // SqliteError when it cannot be opened.
    explicit StoredDocsCursor(const QString &dbFile, int pageRows = 4096);
    ~StoredDocsCursor();
    StoredDocsCursor(const StoredDocsCursor &) = delete;
    StoredDocsCursor &operator=(const StoredDocsCursor &) = delete;

    // Throws SqliteError when reading a page failed.
    [[nodiscard]] bool atEnd();
    // The current file; only when !atEnd(). Valid until advance().
    [[nodiscard]] std::string_view key() const;
    [[nodiscard]] const KnownDoc &doc() const { return m_current.rows[m_pos].doc; }
    void advance() { ++m_pos; }

private:
    struct Row
    {
        size_t offset = 0;
        size_t length = 0;
        KnownDoc doc;
    };
    struct Page
    {
        std::string keys; // the page's keys, back to back
        std::vector<Row> rows;
        bool last = false; // nothing follows
    };
    // On the reader thread.
    void readAhead();
    Page fetch();
    // On the caller's: the next page, waiting for it.
    void takePage();

    SqlConnection m_db;  // the reader thread's once it started
    SqlStatement m_page; // likewise
    int m_pageRows;
    std::string m_last; // the last key read (reader thread)

    Page m_current;
    size_t m_pos = 0;
    bool m_exhausted = false;

    std::mutex m_mutex; // guards the members below
    std::condition_variable m_changed;
    std::deque<Page> m_ready;
    std::exception_ptr m_error;
    bool m_readerDone = false;
    bool m_stop = false;
    std::thread m_reader; // last: started once the rest exists
};

} // namespace wm
