// SPDX-FileCopyrightText: 2026 WhiteMagic contributors
// SPDX-License-Identifier: MIT

#include "SqlStatement.h"

#include "SqliteError.h"

#include <utility>

namespace wm {

SqlStatement::SqlStatement(sqlite3 *db, std::string_view sql)
{
    const int rc = sqlite3_prepare_v3(db, sql.data(), int(sql.size()), SQLITE_PREPARE_PERSISTENT,
                                      &m_stmt, nullptr);
    if (rc != SQLITE_OK) {
        const std::string message = std::string(sqlite3_errmsg(db)) +
                                    " (preparing: " + std::string(sql.substr(0, 80)) + ")";
        sqlite3_finalize(m_stmt);
        m_stmt = nullptr;
        throw SqliteError(rc, message);
    }
}

SqlStatement::~SqlStatement()
{
    sqlite3_finalize(m_stmt);
}

SqlStatement::SqlStatement(SqlStatement &&other) noexcept
    : m_stmt(std::exchange(other.m_stmt, nullptr))
{
}

SqlStatement &SqlStatement::operator=(SqlStatement &&other) noexcept
{
    if (this != &other) {
        sqlite3_finalize(m_stmt);
        m_stmt = std::exchange(other.m_stmt, nullptr);
    }
    return *this;
}

void SqlStatement::check(int rc, const char *what) const
{
    if (rc == SQLITE_OK) return;
    sqlite3 *db = sqlite3_db_handle(m_stmt);
    throw SqliteError(rc, std::string(what) + ": " + sqlite3_errmsg(db));
}

SqlStatement &SqlStatement::bind(int index, qint64 value)
{
    check(sqlite3_bind_int64(m_stmt, index, value), "bind");
    return *this;
}

SqlStatement &SqlStatement::bind(int index, double value)
{
    check(sqlite3_bind_double(m_stmt, index, value), "bind");
    return *this;
}

SqlStatement &SqlStatement::bind(int index, const QString &text)
{
    const QByteArray utf8 = text.toUtf8();
    check(sqlite3_bind_text64(m_stmt, index, utf8.constData(), sqlite3_uint64(utf8.size()),
                              SQLITE_TRANSIENT, SQLITE_UTF8),
          "bind");
    return *this;
}

SqlStatement &SqlStatement::bindText(int index, std::string_view utf8)
{
    // An empty view may have a null data pointer, which SQLite reads as NULL.
    check(sqlite3_bind_text64(m_stmt, index, utf8.empty() ? "" : utf8.data(),
                              sqlite3_uint64(utf8.size()), SQLITE_STATIC, SQLITE_UTF8),
          "bind");
    return *this;
}

SqlStatement &SqlStatement::bindBlob(int index, std::string_view bytes)
{
    check(sqlite3_bind_blob64(m_stmt, index, bytes.empty() ? "" : bytes.data(),
                              sqlite3_uint64(bytes.size()), SQLITE_STATIC),
          "bind");
    return *this;
}

SqlStatement &SqlStatement::bindNull(int index)
{
    check(sqlite3_bind_null(m_stmt, index), "bind");
    return *this;
}

bool SqlStatement::step()
{
    const int rc = sqlite3_step(m_stmt);
    if (rc == SQLITE_ROW) return true;
    if (rc == SQLITE_DONE) return false;
    // prepare_v3 statements return the extended code from step() itself.
    const std::string message = sqlite3_errmsg(sqlite3_db_handle(m_stmt));
    sqlite3_reset(m_stmt);
    throw SqliteError(rc, message);
}

void SqlStatement::exec()
{
    while (step()) {
    }
    reset();
}

void SqlStatement::reset()
{
    sqlite3_reset(m_stmt);
    sqlite3_clear_bindings(m_stmt);
}

qint64 SqlStatement::int64(int col) const
{
    return sqlite3_column_int64(m_stmt, col);
}

double SqlStatement::real(int col) const
{
    return sqlite3_column_double(m_stmt, col);
}

QString SqlStatement::text(int col) const
{
    const auto *p = reinterpret_cast<const char *>(sqlite3_column_text(m_stmt, col));
    return QString::fromUtf8(p, sqlite3_column_bytes(m_stmt, col));
}

std::string_view SqlStatement::textView(int col) const
{
    const auto *p = reinterpret_cast<const char *>(sqlite3_column_text(m_stmt, col));
    if (p == nullptr) return {};
    return {p, size_t(sqlite3_column_bytes(m_stmt, col))};
}

bool SqlStatement::isNull(int col) const
{
    return sqlite3_column_type(m_stmt, col) == SQLITE_NULL;
}

} // namespace wm
