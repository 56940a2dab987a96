// SPDX-FileCopyrightText: 2026 WhiteMagic contributors
// SPDX-License-Identifier: MIT

#pragma once

#include "SqlConnection.h"

namespace wm {

// Connection settings for the length of an update; the defaults come back
// however the run ends. (Tuning knobs only: failures are ignored.)
//  - Checkpoint every 64 MiB of WAL rather than 4 MiB: the pages every batch
//    rewrites (docs, the key index, the FTS structure) are then copied into
//    the database once per checkpoint, not once per batch.
//  - A 16 MiB page cache instead of the 64 MiB searches use: an update
//    appends in key order and rarely reads a page again, and with 64 MiB
//    the cache alone made the peak memory of a 1M-file index twice that of
//    a 100k one (no measurable difference in CPU at 100k files).
class UpdatePragmas
{
public:
    explicit UpdatePragmas(SqlConnection &db) : m_db(db)
    {
        sqlite3_exec(m_db.handle(), "PRAGMA wal_autocheckpoint=16384; PRAGMA cache_size=-16384",
                     nullptr, nullptr, nullptr);
    }
    ~UpdatePragmas()
    {
        sqlite3_exec(m_db.handle(), "PRAGMA wal_autocheckpoint=1000; PRAGMA cache_size=-65536",
                     nullptr, nullptr, nullptr);
    }
    UpdatePragmas(const UpdatePragmas &) = delete;
    UpdatePragmas &operator=(const UpdatePragmas &) = delete;

private:
    SqlConnection &m_db;
};

} // namespace wm
