// SPDX-FileCopyrightText: 2026 WhiteMagic contributors
// SPDX-License-Identifier: MIT

#include "BodyBlob.h"

#include "BodyCodec.h"
#include "SqliteError.h"

#include <algorithm>
#include <cstring>
#include <lz4.h>
#include <xxhash.h>

namespace wm {
namespace {

// Compressed bytes per read: most bodies come whole in the first one.
constexpr size_t chunkBytes = 16 * 1024;
// BodyCodec's frames: 64 KiB blocks, each linked to the 64 KiB before it.
constexpr size_t blockBytes = 64 * 1024;
constexpr unsigned char flagsWithSize = 0x4C;   // version 1, linked, size, content checksum
constexpr unsigned char flagsNoSize = 0x44;     // the same for an empty text
constexpr unsigned char blockDescriptor = 0x40; // 64 KiB blocks

void throwIfDamaged(sqlite3 *db, int rc)
{
    const int primary = rc & 0xff;
    if (primary == SQLITE_CORRUPT || primary == SQLITE_NOTADB || primary == SQLITE_IOERR ||
        primary == SQLITE_INTERRUPT || primary == SQLITE_NOMEM)
        throw SqliteError(rc, sqlite3_errmsg(db));
}

uint32_t le32(const char *p)
{
    const auto *u = reinterpret_cast<const unsigned char *>(p);
    return uint32_t(u[0]) | uint32_t(u[1]) << 8 | uint32_t(u[2]) << 16 | uint32_t(u[3]) << 24;
}

} // namespace

BodyBlob::BodyBlob(sqlite3 *db) : m_db(db)
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
    m_size = m_have = m_full = m_read = m_pos = m_blobBytes = 0;
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
    if (!ensure(std::min<size_t>(m_blobBytes, 15))) return false;
    const long long size = BodyCodec::textSize(m_in);
    if (size < 0 || m_in.size() < 7) damaged();
    // (A text that fits in one block gets the "independent blocks" flag.)
    const auto flags = static_cast<unsigned char>(m_in[4] & ~0x20);
    if ((flags != flagsWithSize && flags != flagsNoSize) ||
        static_cast<unsigned char>(m_in[5]) != blockDescriptor)
        damaged(); // not a frame BodyCodec writes
    m_pos = flags == flagsWithSize ? 15 : 7;
    m_size = size_t(size);
    if (m_size > m_capacity || !m_text) {
        m_text = std::make_unique_for_overwrite<char[]>(std::max<size_t>(m_size, 1));
        m_capacity = m_size;
    }
    return true;
}

bool BodyBlob::ensure(size_t bytes)
{
    if (bytes > m_blobBytes) damaged(); // the frame ends before its end mark
    while (m_read < bytes) {
        const size_t n = std::min(std::max(chunkBytes, bytes - m_read), m_blobBytes - m_read);
        m_in.resize(m_read + n);
        const int rc = sqlite3_blob_read(m_blob, m_in.data() + m_read, int(n), int(m_read));
        throwIfDamaged(m_db, rc);
        if (rc != SQLITE_OK) return false;
        m_read += n;
    }
    return true;
}

// One block at m_pos, whole; or, when `target` ends inside it, as far as
// `target` (LZ4_decompress_safe_partial stops there, and the block is
// decoded again from its start if more is wanted later).
bool BodyBlob::step(size_t target, bool all)
{
    if (!ensure(m_pos + 4)) return false;
    const uint32_t header = le32(m_in.data() + m_pos);
    if (header == 0) { // end mark, then the text's checksum
        if (!ensure(m_pos + 8)) return false;
        if (m_full != m_size || m_pos + 8 != m_blobBytes ||
            XXH32(m_text.get(), m_size, 0) != le32(m_in.data() + m_pos + 4))
            damaged();
        m_done = true;
        return true;
    }
    const size_t n = header & 0x7FFFFFFFu;
    const size_t room = std::min(blockBytes, m_size - m_full);
    if (n > blockBytes) damaged();
    if (!ensure(m_pos + 4 + n)) return false;
    const char *src = m_in.data() + m_pos + 4;
    char *dst = m_text.get() + m_full;
    int produced = 0;
    if ((header & 0x80000000u) != 0) { // stored as it was
        if (n > room) damaged();
        std::memcpy(dst, src, n);
        produced = int(n);
    } else {
        const size_t dictBytes = std::min(m_full, blockBytes);
        const char *dict = dst - dictBytes;
        if (!all && target - m_full < room) {
            const int part = LZ4_decompress_safe_partial_usingDict(
                src, dst, int(n), int(target - m_full), int(room), dict, int(dictBytes));
            if (part < 0) damaged();
            if (size_t(part) >= target - m_full) {
                m_have = m_full + size_t(part);
                return true;
            }
        }
        produced = LZ4_decompress_safe_usingDict(src, dst, int(n), int(room), dict, int(dictBytes));
        if (produced < 0) damaged();
    }
    m_full += size_t(produced);
    m_have = m_full;
    m_pos += 4 + n;
    return true;
}

bool BodyBlob::prefix(size_t want, std::string_view &out)
{
    const size_t target = std::min(want, m_size);
    const bool all = want >= m_size;
    while (m_have < target || (all && !m_done))
        if (!step(target, all)) return false;
    out = std::string_view(m_text.get(), m_have);
    return true;
}

} // namespace wm
