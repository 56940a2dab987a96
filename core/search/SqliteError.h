// SPDX-FileCopyrightText: 2026 WhiteMagic contributors
// SPDX-License-Identifier: MIT

#pragma once

#include <sqlite3.h>
#include <stdexcept>
#include <string>

namespace wm {

// A failed SQLite call. Thrown inside the search subsystem only and caught
// at its public boundaries, where it becomes an error message or, when the
// file turned out to be damaged, a rebuild.
class SqliteError : public std::runtime_error
{
public:
    SqliteError(int code, const std::string &what) : std::runtime_error(what), m_code(code) {}

    [[nodiscard]] int code() const noexcept { return m_code; }
    // The database file itself is unusable (not our problem in the SQL).
    [[nodiscard]] bool isDamaged() const noexcept
    {
        const int primary = m_code & 0xff;
        return primary == SQLITE_CORRUPT || primary == SQLITE_NOTADB;
    }
    [[nodiscard]] bool isBusy() const noexcept
    {
        const int primary = m_code & 0xff;
        return primary == SQLITE_BUSY || primary == SQLITE_LOCKED;
    }
    [[nodiscard]] bool isInterrupt() const noexcept { return (m_code & 0xff) == SQLITE_INTERRUPT; }

private:
    int m_code;
};

} // namespace wm
