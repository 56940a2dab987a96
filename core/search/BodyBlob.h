// SPDX-FileCopyrightText: 2026 WhiteMagic contributors
// SPDX-License-Identifier: MIT

#pragma once

#include <QtGlobal>
#include <memory>
#include <sqlite3.h>
#include <string>
#include <string_view>

namespace wm {

// One stored body read as far as a reader needs it: the compressed frame
// (BodyCodec) comes through one sqlite3_blob handle moved from row to row
// (opening one compiles a statement, moving it does not), in pieces, and
// is decoded block by block with LZ4's block API, the last block only as
// far as the prefix asked for. A snippet near the start of a file reads
// and decodes a few kilobytes, whatever the file's size (LZ4F_decompress
// would decode whole 64 KiB blocks and checksum them: a third more
// instructions for a whole small search). The text's checksum is verified
// when the whole text is read.
//
// Damage (an unreadable page, a frame that does not decode, a checksum
// that does not match) throws SqliteError with SQLITE_CORRUPT or SQLite's
// own code, as a query would report it (SearchResult::damaged).
class BodyBlob
{
public:
    explicit BodyBlob(sqlite3 *db);
    ~BodyBlob();
    BodyBlob(const BodyBlob &) = delete;
    BodyBlob &operator=(const BodyBlob &) = delete;

    // False when the row does not exist or cannot be read.
    bool open(qint64 rowid);
    // The text's length in bytes.
    [[nodiscard]] size_t size() const { return m_size; }
    // At least the first min(want, size()) bytes of the text in `out` (more
    // when the decompressed blocks hold more; the whole text, checksum
    // verified, when want >= size()). False when a read fails.
    bool prefix(size_t want, std::string_view &out);

private:
    bool step(size_t target, bool all);
    bool ensure(size_t bytes);
    [[noreturn]] void damaged() const;

    sqlite3 *m_db;
    sqlite3_blob *m_blob = nullptr;
    std::string m_in;  // the frame's first m_read bytes
    size_t m_read = 0; // compressed bytes read from the blob so far
    size_t m_blobBytes = 0;
    size_t m_pos = 0; // of the next block's header in the frame
    std::unique_ptr<char[]> m_text;
    size_t m_capacity = 0;
    size_t m_size = 0;
    size_t m_full = 0; // text bytes of the blocks decoded whole
    size_t m_have = 0; // text bytes decoded (m_full, or into the next block)
    bool m_done = false;
};

} // namespace wm
