// SPDX-FileCopyrightText: 2026 WhiteMagic contributors
// SPDX-License-Identifier: MIT

#include "DocLengths.h"

#include "SqlStatement.h"

#include <climits>

namespace wm {
namespace {

// SQLite's varint (FTS5 writes docsize with it): 7 bits a byte, high bit
// set on all but the last, a ninth byte of 8 bits.
bool readVarint(const unsigned char *&p, const unsigned char *end, quint64 &v)
{
    v = 0;
    for (int i = 0; i < 9; ++i) {
        if (p == end) return false;
        const unsigned char c = *p++;
        if (i == 8) {
            v = (v << 8) | c;
            return true;
        }
        v = (v << 7) | (c & 0x7f);
        if (!(c & 0x80)) return true;
    }
    return true;
}

} // namespace

qint64 DocLengths::version(sqlite3 *db)
{
    SqlStatement st(db, "PRAGMA data_version");
    return st.step() ? st.int64(0) : -1;
}

bool DocLengths::valid(sqlite3 *db) const
{
    // data_version moves when another connection commits; our own writes
    // show in total_changes.
    return m_loaded && db == m_db && sqlite3_total_changes64(db) == m_changes &&
           version(db) == m_version;
}

bool DocLengths::load(sqlite3 *db) noexcept
{
    try {
        if (read(db)) return true;
    } catch (...) {
        // An unreadable docsize table: FTS5 reports it row by row.
    }
    clear();
    return false;
}

bool DocLengths::read(sqlite3 *db)
{
    clear();
    m_db = db;
    m_version = version(db);
    m_changes = sqlite3_total_changes64(db);
    SqlStatement st(db, "SELECT id, sz FROM fts_docsize");
    while (st.step()) {
        const qint64 id = st.int64(0);
        // Ids are the docs table's, dense unless many files went away.
        if (id < 0 || quint64(id) > 4 * m_lengths.size() + (quint64(1) << 20)) {
            clear();
            return false;
        }
        const auto *p = static_cast<const unsigned char *>(sqlite3_column_blob(st.handle(), 1));
        const auto *end = p + sqlite3_column_bytes(st.handle(), 1);
        quint64 total = 0, v = 0;
        while (p != nullptr && p < end && readVarint(p, end, v))
            total += v;
        if (total > quint64(INT_MAX)) continue; // left to FTS5
        if (quint64(id) >= m_lengths.size()) m_lengths.resize(size_t(id) + 1, -1);
        m_lengths[size_t(id)] = int(total);
    }
    m_loaded = true;
    return true;
}

} // namespace wm
