// SPDX-FileCopyrightText: 2026 WhiteMagic contributors
// SPDX-License-Identifier: MIT

#include "BodyBlob.h"

#include "SqliteError.h"

#include <algorithm>
#include <lz4frame.h>

namespace wm {
namespace {

// Compressed bytes per read: most bodies come whole in the first one.
constexpr size_t chunkBytes = 64 * 1024;

void throwIfDamaged(sqlite3 *db, int rc)
{
    const int primary = rc & 0xff;
    if (primary == SQLITE_CORRUPT || primary == SQLITE_NOTADB || primary == SQLITE_IOERR ||
        primary == SQLITE_INTERRUPT || primary == SQLITE_NOMEM)
        throw SqliteError(rc, sqlite3_errmsg(db));
}

} // namespace

BodyBlob::BodyBlob(sqlite3 *db) : m_db(db), m_dctx(BodyCodec::makeDecompressor())
{
}

BodyBlob::~BodyBlob()
{
    sqlite3_blob_close(m_blob);
}

void BodyBlob::damaged() const
{
    throw SqliteError(SQLITE_CORRUPT, "a stored text of the index is damaged");
}

bool BodyBlob::open(qint64 rowid)
{
    m_size = m_have = m_read = m_inPos = m_blobBytes = 0;
    m_in.clear();
    m_done = false;
    if (m_blob != nullptr && sqlite3_blob_reopen(m_blob, rowid) != SQLITE_OK) {
        // A failed move leaves the handle aborted: start again.
        sqlite3_blob_close(m_blob);
        m_blob = nullptr;
    }
    if (m_blob == nullptr) {
        const int rc = sqlite3_blob_open(m_db, "main", "bodies", "lz4", rowid, 0, &m_blob);
        if (rc != SQLITE_OK) {
            sqlite3_blob_close(m_blob);
            m_blob = nullptr;
            throwIfDamaged(m_db, rc); // else no such row: no text
            return false;
        }
    }
    m_blobBytes = size_t(sqlite3_blob_bytes(m_blob));
    if (!readMore()) return false;
    const long long size = BodyCodec::textSize(m_in);
    if (size < 0) damaged();
    m_size = size_t(size);
    if (m_size > m_capacity || !m_text) {
        m_text = std::make_unique_for_overwrite<char[]>(std::max<size_t>(m_size, 1));
        m_capacity = m_size;
    }
    LZ4F_resetDecompressionContext(m_dctx.get());
    return true;
}

bool BodyBlob::readMore()
{
    if (m_read >= m_blobBytes) damaged(); // the frame ends before its end mark
    const size_t n = std::min(chunkBytes, m_blobBytes - m_read);
    m_in.resize(n);
    m_inPos = 0;
    const int rc = sqlite3_blob_read(m_blob, m_in.data(), int(n), int(m_read));
    throwIfDamaged(m_db, rc);
    if (rc != SQLITE_OK) return false;
    m_read += n;
    return true;
}

bool BodyBlob::step()
{
    if (m_inPos == m_in.size() && !readMore()) return false;
    size_t dst = m_size - m_have;
    size_t src = m_in.size() - m_inPos;
    const size_t hint = LZ4F_decompress(m_dctx.get(), m_text.get() + m_have, &dst,
                                        m_in.data() + m_inPos, &src, nullptr);
    if (LZ4F_isError(hint)) damaged();
    m_have += dst;
    m_inPos += src;
    if (hint == 0) {
        // The end mark and checksum: the text must be exactly as long as
        // the header said, and nothing may follow.
        if (m_have != m_size || m_read != m_blobBytes || m_inPos != m_in.size()) damaged();
        m_done = true;
    } else if (dst == 0 && src == 0 && m_inPos < m_in.size()) {
        damaged(); // no progress: more text than the header announced
    }
    return true;
}

bool BodyBlob::prefix(size_t want, std::string_view &out)
{
    const size_t target = std::min(want, m_size);
    while (m_have < target || (want >= m_size && !m_done))
        if (!step()) return false;
    out = std::string_view(m_text.get(), m_have);
    return true;
}

} // namespace wm
