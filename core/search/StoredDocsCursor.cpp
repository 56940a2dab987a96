// SPDX-FileCopyrightText: 2026 WhiteMagic contributors
// SPDX-License-Identifier: MIT

#include "StoredDocsCursor.h"

#include <algorithm>

namespace wm {

StoredDocsCursor::StoredDocsCursor(const QString &dbFile, int pageRows)
    : m_pageRows(std::max(1, pageRows))
{
    m_db.open(dbFile, SqlConnection::Mode::ReadOnly);
    // Pages are read once, in order: a small cache is enough.
    m_db.exec("PRAGMA cache_size=-2048; PRAGMA mmap_size=0");
    // The key index gives the order; every key is a blob, so `> x''` (the
    // first page) takes them all.
    m_page = SqlStatement(m_db.handle(), "SELECT key, size, mtime, hash, state, racy FROM docs "
                                         "WHERE key > ?1 ORDER BY key LIMIT ?2");
    m_reader = std::thread([this] { readAhead(); });
}

StoredDocsCursor::~StoredDocsCursor()
{
    {
        std::lock_guard lock(m_mutex);
        m_stop = true;
    }
    m_changed.notify_all();
    m_reader.join();
}

bool StoredDocsCursor::atEnd()
{
    while (m_pos >= m_current.rows.size() && !m_exhausted)
        takePage();
    return m_pos >= m_current.rows.size();
}

std::string_view StoredDocsCursor::key() const
{
    const Row &r = m_current.rows[m_pos];
    return {m_current.keys.data() + r.offset, r.length};
}

void StoredDocsCursor::takePage()
{
    std::unique_lock lock(m_mutex);
    m_changed.wait(lock, [this] { return !m_ready.empty() || m_readerDone; });
    if (m_ready.empty()) {
        m_exhausted = true;
        if (m_error) std::rethrow_exception(m_error);
        return;
    }
    m_current = std::move(m_ready.front());
    m_ready.pop_front();
    m_pos = 0;
    if (m_current.last) m_exhausted = true;
    lock.unlock();
    m_changed.notify_all(); // room for the reader
}

void StoredDocsCursor::readAhead()
{
    try {
        for (bool last = false; !last;) {
            Page page = fetch();
            last = page.last;
            std::unique_lock lock(m_mutex);
            m_changed.wait(lock, [this] { return m_ready.size() < aheadPages || m_stop; });
            if (m_stop) break;
            m_ready.push_back(std::move(page));
            lock.unlock();
            m_changed.notify_all();
        }
    } catch (...) {
        std::lock_guard lock(m_mutex);
        m_error = std::current_exception();
    }
    {
        std::lock_guard lock(m_mutex);
        m_readerDone = true;
    }
    m_changed.notify_all();
}

StoredDocsCursor::Page StoredDocsCursor::fetch()
{
    Page page;
    page.rows.reserve(size_t(m_pageRows));
    m_page.bindBlob(1, m_last).bind(2, m_pageRows);
    sqlite3_stmt *st = m_page.handle();
    while (m_page.step()) {
        const auto *p = static_cast<const char *>(sqlite3_column_blob(st, 0));
        const auto n = size_t(sqlite3_column_bytes(st, 0));
        Row r;
        r.offset = page.keys.size();
        r.length = n;
        page.keys.append(p != nullptr ? p : "", n);
        r.doc.size = sqlite3_column_int64(st, 1);
        r.doc.mtime = sqlite3_column_int64(st, 2);
        r.doc.hash = quint64(sqlite3_column_int64(st, 3));
        r.doc.state = sqlite3_column_int(st, 4);
        r.doc.racy = sqlite3_column_int(st, 5) != 0;
        page.rows.push_back(r);
    }
    m_page.reset(); // ends the read transaction
    page.last = page.rows.size() < size_t(m_pageRows);
    if (!page.rows.empty())
        m_last.assign(page.keys, page.rows.back().offset, page.rows.back().length);
    return page;
}

} // namespace wm
