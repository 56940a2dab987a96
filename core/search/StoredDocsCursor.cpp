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
}

bool StoredDocsCursor::atEnd()
{
    if (m_pos < m_rows.size()) return false;
    if (!m_exhausted) fetch();
    return m_pos >= m_rows.size();
}

std::string_view StoredDocsCursor::key() const
{
    const Row &r = m_rows[m_pos];
    return {m_keys.data() + r.offset, r.length};
}

void StoredDocsCursor::fetch()
{
    m_keys.clear();
    m_rows.clear();
    m_pos = 0;
    m_page.bindBlob(1, m_last).bind(2, m_pageRows);
    sqlite3_stmt *st = m_page.handle();
    while (m_page.step()) {
        const auto *p = static_cast<const char *>(sqlite3_column_blob(st, 0));
        const auto n = size_t(sqlite3_column_bytes(st, 0));
        Row r;
        r.offset = m_keys.size();
        r.length = n;
        m_keys.append(p != nullptr ? p : "", n);
        r.doc.size = sqlite3_column_int64(st, 1);
        r.doc.mtime = sqlite3_column_int64(st, 2);
        r.doc.hash = quint64(sqlite3_column_int64(st, 3));
        r.doc.state = sqlite3_column_int(st, 4);
        r.doc.racy = sqlite3_column_int(st, 5) != 0;
        m_rows.push_back(r);
    }
    m_page.reset(); // ends the read transaction
    if (m_rows.size() < size_t(m_pageRows)) m_exhausted = true;
    if (!m_rows.empty()) m_last.assign(m_keys, m_rows.back().offset, m_rows.back().length);
}

} // namespace wm
