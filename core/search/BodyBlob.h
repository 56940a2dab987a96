// SPDX-FileCopyrightText: 2026 WhiteMagic contributors
// SPDX-License-Identifier: MIT

#pragma once

#include "BodyCodec.h"

#include <QtGlobal>
#include <memory>
#include <sqlite3.h>
#include <string>
#include <string_view>

namespace wm {

// One stored body read as far as a reader needs it: the compressed frame
// (BodyCodec) comes through one sqlite3_blob handle moved from row to row
// (opening one compiles a statement, moving it does not), in pieces, and
// is decompressed block by block. A snippet near the start of a 4 MiB file
// reads and decompresses the first blocks only.
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
    bool step();
    bool readMore();
    [[noreturn]] void damaged() const;

    sqlite3 *m_db;
    sqlite3_blob *m_blob = nullptr;
    BodyCodec::Decompressor m_dctx;
    std::string m_in;   // compressed bytes read and not yet decompressed
    size_t m_inPos = 0; // of m_in
    size_t m_read = 0;  // compressed bytes read from the blob so far
    size_t m_blobBytes = 0;
    std::unique_ptr<char[]> m_text;
    size_t m_capacity = 0;
    size_t m_size = 0;
    size_t m_have = 0; // text bytes decompressed so far
    bool m_done = false;
};

} // namespace wm
