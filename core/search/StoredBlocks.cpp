// SPDX-FileCopyrightText: 2026 WhiteMagic contributors
// SPDX-License-Identifier: MIT

#include "StoredBlocks.h"

#include <algorithm>

namespace wm {

StoredBlocks::StoredBlocks(const QString &dbFile, int pageRows) : m_pageRows(std::max(1, pageRows))
{
    m_db.open(dbFile, SqlConnection::Mode::ReadOnly);
    // Blocks are read once, in order, ranges mostly once: a small cache.
    m_db.exec("PRAGMA cache_size=-2048; PRAGMA mmap_size=0");
    m_noDocs = m_db.queryInt("SELECT count(*) FROM (SELECT 1 FROM docs LIMIT 1)") == 0;
    m_blocks = SqlStatement(m_db.handle(), "SELECT lo, files, digest FROM statblocks WHERE lo > ?1 "
                                           "ORDER BY lo LIMIT ?2");
    constexpr const char *columns = "SELECT key, size, mtime, hash, state, racy FROM docs ";
    m_all = SqlStatement(m_db.handle(), std::string(columns) + "ORDER BY key");
    m_from = SqlStatement(m_db.handle(), std::string(columns) + "WHERE key >= ?1 ORDER BY key");
    m_below = SqlStatement(m_db.handle(), std::string(columns) + "WHERE key < ?2 ORDER BY key");
    m_between = SqlStatement(m_db.handle(),
                             std::string(columns) + "WHERE key >= ?1 AND key < ?2 ORDER BY key");
    if (m_noDocs) m_pagesDone = true; // no docs, no blocks worth reading
}

std::optional<StoredBlocks::Block> StoredBlocks::next()
{
    if (m_pos >= m_page.size() && !m_pagesDone) fetchPage();
    if (m_pos >= m_page.size()) return std::nullopt;
    return std::move(m_page[m_pos++]);
}

void StoredBlocks::fetchPage()
{
    const std::lock_guard lock(m_mutex);
    m_page.clear();
    m_pos = 0;
    // Every lo is a blob: `> x''` takes them all.
    m_blocks.bindBlob(1, m_last).bind(2, m_pageRows);
    sqlite3_stmt *st = m_blocks.handle();
    while (m_blocks.step()) {
        Block b;
        const auto *p = static_cast<const char *>(sqlite3_column_blob(st, 0));
        b.lo.assign(p != nullptr ? p : "", size_t(sqlite3_column_bytes(st, 0)));
        b.files = sqlite3_column_int64(st, 1);
        if (sqlite3_column_type(st, 2) != SQLITE_NULL)
            b.digest = quint64(sqlite3_column_int64(st, 2));
        m_page.push_back(std::move(b));
    }
    m_blocks.reset();                               // ends the read transaction
    if (!m_page.empty()) m_last = m_page.back().lo; // before next() moves it out
    m_pagesDone = m_page.size() < size_t(m_pageRows);
}

std::vector<StoredBlocks::Row> StoredBlocks::rows(const Range &range)
{
    std::vector<Row> out;
    if (m_noDocs) return out;
    const std::lock_guard lock(m_mutex);
    SqlStatement &q = range.lo ? (range.hi ? m_between : m_from) : (range.hi ? m_below : m_all);
    if (range.lo) q.bindBlob(1, *range.lo);
    if (range.hi) q.bindBlob(2, *range.hi);
    sqlite3_stmt *st = q.handle();
    while (q.step()) {
        Row r;
        const auto *p = static_cast<const char *>(sqlite3_column_blob(st, 0));
        r.key.assign(p != nullptr ? p : "", size_t(sqlite3_column_bytes(st, 0)));
        r.doc.size = sqlite3_column_int64(st, 1);
        r.doc.mtime = sqlite3_column_int64(st, 2);
        r.doc.hash = quint64(sqlite3_column_int64(st, 3));
        r.doc.state = sqlite3_column_int(st, 4);
        r.doc.racy = sqlite3_column_int(st, 5) != 0;
        out.push_back(std::move(r));
    }
    q.reset();
    return out;
}

} // namespace wm
