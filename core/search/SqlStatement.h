// SPDX-FileCopyrightText: 2026 WhiteMagic contributors
// SPDX-License-Identifier: MIT

#pragma once

#include <QString>
#include <sqlite3.h>
#include <string>
#include <string_view>

namespace wm {

// One prepared statement, finalised on destruction. Every failing call
// throws SqliteError with SQLite's message, so callers read straight
// through the happy path and handle failures in one place.
class SqlStatement
{
public:
    SqlStatement() = default;
    SqlStatement(sqlite3 *db, std::string_view sql);
    ~SqlStatement();
    SqlStatement(SqlStatement &&other) noexcept;
    SqlStatement &operator=(SqlStatement &&other) noexcept;
    SqlStatement(const SqlStatement &) = delete;
    SqlStatement &operator=(const SqlStatement &) = delete;

    [[nodiscard]] bool isValid() const { return m_stmt != nullptr; }

    // Binding: indexes start at 1. Text and blobs are copied by SQLite only
    // where noted; views must outlive the next step().
    SqlStatement &bind(int index, qint64 value);
    SqlStatement &bind(int index, int value) { return bind(index, qint64(value)); }
    SqlStatement &bind(int index, double value);
    SqlStatement &bind(int index, const QString &text);        // copied
    SqlStatement &bindText(int index, std::string_view utf8);  // not copied
    SqlStatement &bindBlob(int index, std::string_view bytes); // not copied
    SqlStatement &bindNull(int index);

    // True while a row is available.
    bool step();
    // Runs to completion, ignoring rows.
    void exec();
    void reset();

    [[nodiscard]] qint64 int64(int col) const;
    [[nodiscard]] double real(int col) const;
    [[nodiscard]] QString text(int col) const;
    [[nodiscard]] std::string_view textView(int col) const; // valid until the next step()
    [[nodiscard]] bool isNull(int col) const;

    [[nodiscard]] sqlite3_stmt *handle() const { return m_stmt; }

private:
    void check(int rc, const char *what) const;

    sqlite3_stmt *m_stmt = nullptr;
};

} // namespace wm
