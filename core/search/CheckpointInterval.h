// SPDX-FileCopyrightText: 2026 WhiteMagic contributors
// SPDX-License-Identifier: MIT

#pragma once

#include "SqlConnection.h"

namespace wm {

// Checkpoint every 64 MiB of WAL rather than 4 MiB while a run writes: the
// pages every batch rewrites (docs, the key index, the FTS structure) are
// then copied into the database once per checkpoint, not once per batch.
// The default comes back however the run ends. (A tuning knob only:
// failures are ignored.)
class CheckpointInterval
{
public:
    explicit CheckpointInterval(SqlConnection &db) : m_db(db)
    {
        sqlite3_exec(m_db.handle(), "PRAGMA wal_autocheckpoint=16384", nullptr, nullptr, nullptr);
    }
    ~CheckpointInterval()
    {
        sqlite3_exec(m_db.handle(), "PRAGMA wal_autocheckpoint=1000", nullptr, nullptr, nullptr);
    }
    CheckpointInterval(const CheckpointInterval &) = delete;
    CheckpointInterval &operator=(const CheckpointInterval &) = delete;

private:
    SqlConnection &m_db;
};

} // namespace wm
