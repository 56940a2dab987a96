// SPDX-FileCopyrightText: 2026 WhiteMagic contributors
// SPDX-License-Identifier: MIT

#pragma once

#include <QString>
#include <sqlite3.h>
#include <string_view>

namespace wm {

class CancelToken;
class TokenReplay;

// Owns one sqlite3 connection. Used by one thread at a time: the search
// subsystem never shares a connection between threads concurrently.
class SqlConnection
{
public:
    enum class Mode
    {
        ReadWrite,
        ReadWriteCreate,
        ReadOnly
    };

    SqlConnection() = default;
    ~SqlConnection();
    SqlConnection(const SqlConnection &) = delete;
    SqlConnection &operator=(const SqlConnection &) = delete;

    // Throws SqliteError when the file cannot be opened.
    void open(const QString &path, Mode mode);
    void close();
    [[nodiscard]] bool isOpen() const { return m_db != nullptr; }
    [[nodiscard]] sqlite3 *handle() const { return m_db; }
    // On a read-write connection: hands FTS5 tokens computed elsewhere
    // (TokenReplay); nullptr on a read-only one or without FTS5.
    [[nodiscard]] TokenReplay *tokenReplay() const { return m_replay; }

    // Runs one or more statements without results.
    void exec(std::string_view sql);
    // The first column of the first row, as text (empty when no row).
    QString queryText(std::string_view sql);
    qint64 queryInt(std::string_view sql, qint64 fallback = 0);

    // Long statements poll `cancel` and stop with SQLITE_INTERRUPT.
    void setCancelToken(const CancelToken *cancel);

private:
    sqlite3 *m_db = nullptr;
    TokenReplay *m_replay = nullptr; // owned by the sqlite3 connection
};

} // namespace wm
