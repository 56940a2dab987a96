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

// The sum of a docsize record's per-column lengths; -1 when over INT_MAX
// (left to FTS5).
int totalLength(const unsigned char *p, const unsigned char *end)
{
    quint64 total = 0, v = 0;
    while (p != nullptr && p < end && readVarint(p, end, v))
        total += v;
    return total > quint64(INT_MAX) ? -1 : int(total);
}

// A docsize record holds one varint per column: a few bytes.
constexpr int kMaxRecord = 9 * 16;

} // namespace

DocLengths::~DocLengths()
{
    end();
}

qint64 DocLengths::version(sqlite3 *db)
{
    SqlStatement st(db, "PRAGMA data_version");
    return st.step() ? st.int64(0) : -1;
}

bool DocLengths::valid(sqlite3 *db) const
{
    // data_version moves when another connection commits; our own writes
    // show in total_changes.
    return db == m_db && m_version >= 0 && sqlite3_total_changes64(db) == m_changes &&
           version(db) == m_version;
}

void DocLengths::begin(sqlite3 *db)
{
    end();
    if (valid(db)) return;
    clear();
    m_db = db;
    m_changes = sqlite3_total_changes64(db);
}

void DocLengths::end() noexcept
{
    sqlite3_blob_close(m_blob);
    m_blob = nullptr;
}

void DocLengths::clear()
{
    end();
    m_lengths.clear();
    m_rows.clear();
    m_complete = false;
    m_noBlob = false;
    m_version = -1;
}

int DocLengths::length(qint64 rowid) noexcept
{
    if (m_complete)
        return rowid >= 0 && quint64(rowid) < m_lengths.size() ? m_lengths[size_t(rowid)] : -1;
    if (const auto it = m_rows.find(rowid); it != m_rows.end()) return it->second;
    if (m_noBlob || m_db == nullptr) return -1;
    const int n = readRow(rowid);
    try {
        // The snapshot the copy belongs to, read once something is kept
        // (inside the query's read transaction, like the length).
        if (n >= 0 && m_version < 0) m_version = version(m_db);
        if (n >= 0 && m_version >= 0) m_rows.emplace(rowid, n);
    } catch (...) {
        // Not kept: read again next time.
    }
    return n;
}

int DocLengths::readRow(qint64 rowid) noexcept
{
    ++m_rowReads;
    int rc = SQLITE_OK;
    if (m_blob != nullptr) {
        rc = sqlite3_blob_reopen(m_blob, rowid);
        if (rc != SQLITE_OK) end(); // a failed move leaves the handle aborted
    } else {
        rc = sqlite3_blob_open(m_db, "main", "fts_docsize", "sz", rowid, 0, &m_blob);
        if (rc != SQLITE_OK) {
            end();
            // No such table or column (another FTS5 layout): FTS5 answers
            // every row. A missing row is FTS5's to report.
            if ((rc & 0xff) == SQLITE_ERROR &&
                sqlite3_table_column_metadata(m_db, "main", "fts_docsize", "sz", nullptr, nullptr,
                                              nullptr, nullptr, nullptr) != SQLITE_OK)
                m_noBlob = true;
        }
    }
    if (rc != SQLITE_OK) return -1;
    const int bytes = sqlite3_blob_bytes(m_blob);
    unsigned char buf[kMaxRecord];
    if (bytes > kMaxRecord || sqlite3_blob_read(m_blob, buf, bytes, 0) != SQLITE_OK) return -1;
    return totalLength(buf, buf + bytes);
}

bool DocLengths::load() noexcept
{
    if (m_db == nullptr) return false;
    try {
        if (readAll()) return true;
    } catch (...) {
        // An unreadable docsize table: FTS5 reports it row by row.
    }
    m_lengths.clear();
    m_complete = false;
    return false;
}

bool DocLengths::store(qint64 rowid, int length)
{
    // Ids are the docs table's, dense unless many files went away.
    if (rowid < 0 || quint64(rowid) > 4 * quint64(m_lengths.size()) + (quint64(1) << 20))
        return false;
    if (quint64(rowid) >= m_lengths.size()) m_lengths.resize(size_t(rowid) + 1, kUnknown);
    m_lengths[size_t(rowid)] = length;
    return true;
}

bool DocLengths::readAll()
{
    if (m_version < 0) m_version = version(m_db);
    SqlStatement st(m_db, "SELECT id, sz FROM fts_docsize");
    while (st.step()) {
        const auto *p = static_cast<const unsigned char *>(sqlite3_column_blob(st.handle(), 1));
        const int n = totalLength(p, p + sqlite3_column_bytes(st.handle(), 1));
        if (n >= 0 && !store(st.int64(0), n)) return false;
    }
    m_complete = true;
    m_rows.clear();
    return true;
}

} // namespace wm
