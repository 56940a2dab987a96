// SPDX-FileCopyrightText: 2026 WhiteMagic contributors
// SPDX-License-Identifier: MIT

#include "SearchIndex.h"

#include "IndexFiles.h"
#include "IndexLocation.h"
#include "IndexStaging.h"
#include "IndexValidator.h"
#include "SearchLogging.h"
#include "SearchSchema.h"
#include "SqlStatement.h"
#include "SqliteError.h"
#include "io/ErrnoText.h"
#include "io/NativePath.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace wm {
namespace {

QString describe(const SqliteError &e)
{
    return QString::fromUtf8(e.what());
}

} // namespace

SearchIndex::~SearchIndex()
{
    close();
}

QString SearchIndex::canonicalRoot(const QString &dir)
{
    const QFileInfo info(dir);
    return info.isDir() ? info.canonicalFilePath() : QString();
}

QString SearchIndex::defaultFolder()
{
    return IndexLocation::defaultFolder();
}

QString SearchIndex::legacyFolder()
{
    return IndexLocation::legacyFolder();
}

QString SearchIndex::defaultPath(const QString &canonicalRoot)
{
    return IndexLocation::defaultPath(canonicalRoot);
}

SearchIndex::Status SearchIndex::open(const QString &dbPath, const QString &root,
                                      const OpenOptions &options, QString *message)
{
    close();
    m_path = dbPath;
    m_root = root;
    m_userPath = options.userPath;
    m_readOnly = options.readOnly;
    QString ignored;
    if (message == nullptr) message = &ignored;
    message->clear();
    if (!m_userPath && !m_readOnly)
        IndexFiles::adoptLegacy(legacyFolder() + QLatin1Char('/') + QFileInfo(dbPath).fileName(),
                                dbPath);
    if (!m_userPath && m_readOnly && !QFileInfo::exists(dbPath)) {
        // Not moved yet (that needs a writer): read it where it is.
        const QString legacy = legacyFolder() + QLatin1Char('/') + QFileInfo(dbPath).fileName();
        if (QFileInfo::exists(legacy)) m_path = legacy;
    }

    QString why;
    switch (IndexFiles::owner(m_path, &why)) {
    case IndexFiles::Owner::NotOurs:
        *message = QStringLiteral("%1 is not a WhiteMagic search index (%2); it is left "
                                  "untouched: choose another --db")
                       .arg(dbPath, why);
        return Status::Failed;
    case IndexFiles::Owner::Missing:
        if (!options.create || m_readOnly) {
            *message = QStringLiteral("no index at %1").arg(dbPath);
            return Status::Missing;
        }
        if (!QDir().mkpath(QFileInfo(dbPath).absolutePath())) {
            *message = QStringLiteral("cannot create the folder of %1").arg(dbPath);
            return Status::Failed;
        }
        if (options.fresh || options.stageNew) return openFresh(message);
        if (!takeLock(message)) return Status::Failed;
        // Another indexer may have made it while we waited for the lock.
        if (!QFileInfo::exists(dbPath)) {
            const bool made = createFresh(m_path, message);
            m_lock.reset();
            return made ? Status::Created : Status::Failed;
        }
        m_lock.reset();
        break;
    case IndexFiles::Owner::Empty:
    case IndexFiles::Owner::Ours:
        if (options.fresh && !m_readOnly) return openFresh(message);
        break;
    }
    return openExisting(options, message);
}

SearchIndex::Status SearchIndex::openExisting(const OpenOptions &options, QString *message)
{
    QString why;
    QString otherRoot;
    try {
        m_db.open(m_path,
                  m_readOnly ? SqlConnection::Mode::ReadOnly : SqlConnection::Mode::ReadWrite);
        why = validate(options, &otherRoot);
        if (why.isEmpty() && otherRoot.isEmpty()) configure();
    } catch (const SqliteError &e) {
        if (!e.isDamaged()) {
            close();
            *message = QStringLiteral("cannot open the index %1: %2").arg(m_path, describe(e));
            return Status::Failed;
        }
        why = describe(e);
    }
    if (why.isEmpty() && !otherRoot.isEmpty()) {
        if (m_userPath) {
            close();
            *message = QStringLiteral("%1 is the index of %2, not of %3; choose another --db")
                           .arg(m_path, otherRoot, m_root);
            return Status::WrongRoot;
        }
        why = QStringLiteral("it belongs to %1").arg(otherRoot);
    }
    if (why.isEmpty()) return Status::Opened;
    if (m_readOnly) {
        close();
        *message = QStringLiteral("the index %1 is unusable (%2); run 'wm index --rebuild' to "
                                  "make it again")
                       .arg(m_path, why);
        return Status::Failed;
    }
    return rebuild(why, message);
}

SearchIndex::Status SearchIndex::openFresh(QString *message)
{
    if (!takeLock(message)) return Status::Failed;
    m_staging.begin(m_path);
    if (!createFresh(m_staging.file(), message)) {
        m_staging.forget();
        m_lock.reset();
        return Status::Failed;
    }
    return Status::Created;
}

bool SearchIndex::takeLock(QString *message)
{
    auto lock = std::make_unique<IndexLock>();
    qint64 holder = 0;
    QString error;
    if (!lock->tryLock(m_path, &holder, &error)) {
        *message = error.isEmpty()
                       ? QStringLiteral("another process (pid %1) is updating the index %2; try "
                                        "again when it has finished")
                             .arg(holder)
                             .arg(m_path)
                       : error;
        return false;
    }
    m_lock = std::move(lock);
    // Whoever holds the lock is the only one who may be building: a staging
    // or temporary file still there was left by a build that was killed.
    IndexStaging::removeLeftovers(m_path);
    return true;
}

SearchIndex::Status SearchIndex::rebuild(const QString &reason, QString *message)
{
    QString ignored;
    if (message == nullptr) message = &ignored;
    if (m_readOnly) {
        close();
        *message = QStringLiteral("the index %1 is unusable (%2); run 'wm index --rebuild' to "
                                  "make it again")
                       .arg(m_path, reason);
        return Status::Failed;
    }
    qCWarning(lcSearch) << "rebuilding" << m_path << "because" << reason;
    close();
    if (!takeLock(message)) return Status::Failed;
    QString why;
    if (IndexFiles::owner(m_path, &why) == IndexFiles::Owner::NotOurs) {
        // Replaced by someone else since it was opened: still not ours to touch.
        *message = QStringLiteral("%1 is not a WhiteMagic search index (%2); it is left untouched")
                       .arg(m_path, why);
        m_lock.reset();
        return Status::Failed;
    }
    const bool ok = discardFile(reason, message);
    QString error;
    if (ok && !createFresh(m_path, &error)) *message += QLatin1Char('\n') + error;
    const bool made = ok && error.isEmpty();
    m_lock.reset();
    return made ? Status::Rebuilt : Status::Failed;
}

// The caller holds the lock.
bool SearchIndex::createFresh(const QString &target, QString *error)
{
    return IndexStaging::createFile(m_db, target,
                                    {[this] { configure(); }, [this] { createSchema(); }}, error);
}

bool SearchIndex::publish(QString *error)
{
    if (!m_staging.isActive()) return true;
    const bool ok = m_staging.publish(m_db, m_path, error);
    m_lock.reset();
    if (!ok) return false;
    try {
        m_db.open(m_path, SqlConnection::Mode::ReadWrite);
        configure();
    } catch (const SqliteError &e) {
        *error = QStringLiteral("cannot open the new index %1: %2").arg(m_path, describe(e));
        return false;
    }
    return true;
}

void SearchIndex::close()
{
    m_db.close();
    m_staging.discard(); // an unfinished rebuild: the old index stays as it was
    m_lock.reset();
}

QString SearchIndex::validate(const OpenOptions &options, QString *otherRoot)
{
    IndexValidator::Request request;
    request.path = m_path;
    request.root = m_root;
    request.fullCheck = options.fullCheck;
    request.fullCheckBelowBytes = options.fullCheckBelowBytes;
    request.fileBytes = fileBytes();
    return IndexValidator::check(m_db, request, otherRoot);
}

void SearchIndex::configure()
{
    // WAL: readers see the last committed batch while the writer goes on.
    // NORMAL is durable against a killed process (not against power loss,
    // which may lose the last batches but never corrupts).
    // No memory map (mmap_size=0): SQLite would map the whole file, and a
    // file truncated while mapped (another process, a full disk, damage)
    // kills the process with SIGBUS instead of returning SQLITE_CORRUPT.
    if (m_staging.isActive()) {
        // A staging file nobody else reads until publish(), which syncs it:
        // no WAL (every page written once, no checkpoint copying it again)
        // and no syncs. The rollback journal stays in memory, so ROLLBACK
        // after a failure still works; a crash only leaves a staging file,
        // which the next build under the lock removes.
        m_db.exec("PRAGMA journal_mode=MEMORY; PRAGMA synchronous=OFF; PRAGMA temp_store=MEMORY;"
                  "PRAGMA cache_size=-65536; PRAGMA mmap_size=0");
        return;
    }
    if (!m_readOnly) m_db.exec("PRAGMA journal_mode=WAL");
    m_db.exec("PRAGMA synchronous=NORMAL; PRAGMA temp_store=MEMORY; PRAGMA cache_size=-65536;"
              "PRAGMA mmap_size=0");
    if (!m_readOnly) m_db.exec("PRAGMA journal_size_limit=67108864");
}

void SearchIndex::createSchema()
{
    m_db.exec("BEGIN IMMEDIATE");
    try {
        m_db.exec("PRAGMA application_id=" + std::to_string(SearchSchema::applicationId));
        m_db.exec("PRAGMA user_version=" + std::to_string(SearchSchema::version));
        m_db.exec(SearchSchema::createStatements());
        setMeta(QStringLiteral("root"), NativePath::display(m_root));
        setMeta(QStringLiteral("created"), QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
        setMeta(QStringLiteral("substring"), QStringLiteral("0"));
        m_db.exec("COMMIT");
    } catch (...) {
        sqlite3_exec(m_db.handle(), "ROLLBACK", nullptr, nullptr, nullptr);
        throw;
    }
}

bool SearchIndex::discardFile(const QString &reason, QString *message)
{
    m_db.close();
    if (m_userPath) {
        // The user's file: set aside, never deleted, never over an earlier copy.
        QString error;
        const QString aside = IndexFiles::moveAside(m_path, &error);
        if (aside.isEmpty()) {
            *message = QStringLiteral("the index %1 is unusable (%2) and cannot be moved aside: %3")
                           .arg(m_path, reason, error);
            return false;
        }
        *message =
            QStringLiteral("the index %1 is unusable (%2); it was moved to %3 and is rebuilt")
                .arg(m_path, reason, aside);
        return true;
    }
    if (!QFile::remove(m_path) && QFileInfo::exists(m_path)) {
        *message = QStringLiteral("the index %1 is unusable (%2) and cannot be removed")
                       .arg(m_path, reason);
        return false;
    }
    IndexFiles::removeSidecars(m_path);
    *message = QStringLiteral("the index %1 is unusable (%2); rebuilding it").arg(m_path, reason);
    return true;
}

QString SearchIndex::meta(const QString &key)
{
    SqlStatement st(m_db.handle(), "SELECT value FROM meta WHERE key = ?1");
    st.bind(1, key);
    return st.step() ? st.text(0) : QString();
}

void SearchIndex::setMeta(const QString &key, const QString &value)
{
    SqlStatement st(m_db.handle(), "INSERT OR REPLACE INTO meta(key, value) VALUES(?1, ?2)");
    st.bind(1, key).bind(2, value).exec();
}

qint64 SearchIndex::fileBytes() const
{
    const QString &file = m_staging.isActive() ? m_staging.file() : m_path;
    return QFileInfo(file).size() + QFileInfo(file + QStringLiteral("-wal")).size();
}

} // namespace wm
