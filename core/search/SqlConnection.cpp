// SPDX-FileCopyrightText: 2026 WhiteMagic contributors
// SPDX-License-Identifier: MIT

#include "SqlConnection.h"

#include "BodyCodec.h"
#include "SqlStatement.h"
#include "SqliteError.h"
#include "TokenReplay.h"
#include "concurrency/CancelToken.h"

#include <QFile>
#include <string>

namespace wm {

SqlConnection::~SqlConnection()
{
    close();
}

void SqlConnection::open(const QString &path, Mode mode)
{
    close();
    int flags = SQLITE_OPEN_NOMUTEX | SQLITE_OPEN_PRIVATECACHE;
    switch (mode) {
    case Mode::ReadWrite:
        flags |= SQLITE_OPEN_READWRITE;
        break;
    case Mode::ReadWriteCreate:
        flags |= SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE;
        break;
    case Mode::ReadOnly:
        flags |= SQLITE_OPEN_READONLY;
        break;
    }
    const QByteArray native = QFile::encodeName(path);
    const int rc = sqlite3_open_v2(native.constData(), &m_db, flags, nullptr);
    if (rc != SQLITE_OK) {
        const std::string message = m_db ? sqlite3_errmsg(m_db) : sqlite3_errstr(rc);
        close();
        throw SqliteError(rc, message);
    }
    sqlite3_extended_result_codes(m_db, 1);
    // Another process may hold the write lock for a batch; wait rather than fail.
    sqlite3_busy_timeout(m_db, 10000);
    // The index's views read the stored text through wm_body(): every
    // connection needs it, readers as much as the writer.
    if (const int fn = BodyCodec::registerOn(m_db); fn != SQLITE_OK) {
        const std::string message = sqlite3_errmsg(m_db);
        close();
        throw SqliteError(fn, message);
    }
    // Before any FTS table is used on this connection (its tokenizer is
    // made when the table is first touched).
    if (mode != Mode::ReadOnly) m_replay = TokenReplay::install(m_db);
}

void SqlConnection::close()
{
    if (m_db) {
        sqlite3_progress_handler(m_db, 0, nullptr, nullptr);
        sqlite3_close_v2(m_db);
        m_db = nullptr;
        m_replay = nullptr;
    }
}

void SqlConnection::exec(std::string_view sql)
{
    const std::string text(sql);
    char *err = nullptr;
    const int rc = sqlite3_exec(m_db, text.c_str(), nullptr, nullptr, &err);
    if (rc != SQLITE_OK) {
        const std::string message = err ? err : sqlite3_errstr(rc);
        sqlite3_free(err);
        throw SqliteError(sqlite3_extended_errcode(m_db), message);
    }
}

QString SqlConnection::queryText(std::string_view sql)
{
    SqlStatement st(m_db, sql);
    return st.step() ? st.text(0) : QString();
}

qint64 SqlConnection::queryInt(std::string_view sql, qint64 fallback)
{
    SqlStatement st(m_db, sql);
    return st.step() && !st.isNull(0) ? st.int64(0) : fallback;
}

void SqlConnection::setCancelToken(const CancelToken *cancel)
{
    if (cancel == nullptr) {
        sqlite3_progress_handler(m_db, 0, nullptr, nullptr);
        return;
    }
    // Called every few thousand virtual machine steps; non-zero interrupts.
    sqlite3_progress_handler(
        m_db, 4000,
        [](void *token) { return isCancelled(static_cast<const CancelToken *>(token)) ? 1 : 0; },
        const_cast<CancelToken *>(cancel));
}

} // namespace wm
