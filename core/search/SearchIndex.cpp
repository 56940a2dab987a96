#include "SearchIndex.h"

#include "SearchLogging.h"
#include "SearchSchema.h"
#include "SqlStatement.h"
#include "SqliteError.h"
#include "io/NativePath.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>
#include <cerrno>
#include <cstdio>
#include <cstring>

namespace wm {
namespace {

QString describe(const SqliteError &e)
{
    return QString::fromUtf8(e.what());
}

// SQLite files start with this; anything else is certainly not an index.
bool hasSqliteHeader(const QString &path, bool *empty)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) return true; // let SQLite report the real error
    const QByteArray head = f.read(16);
    *empty = head.isEmpty();
    return head.isEmpty() || head == QByteArray("SQLite format 3\0", 16);
}

void removeSidecars(const QString &path)
{
    QFile::remove(path + QStringLiteral("-wal"));
    QFile::remove(path + QStringLiteral("-shm"));
}

} // namespace

QString SearchIndex::canonicalRoot(const QString &dir)
{
    const QFileInfo info(dir);
    return info.isDir() ? info.canonicalFilePath() : QString();
}

QString SearchIndex::defaultPath(const QString &canonicalRoot)
{
    const QByteArray digest =
        QCryptographicHash::hash(canonicalRoot.toUtf8(), QCryptographicHash::Sha1).toHex().left(16);
    QString name = QFileInfo(canonicalRoot).fileName();
    if (name.isEmpty()) name = QStringLiteral("root");
    // Keep the readable part of the file name harmless on any file system.
    for (QChar &c : name)
        if (!(c.isLetterOrNumber() || c == QLatin1Char('-') || c == QLatin1Char('_') ||
              c == QLatin1Char('.')))
            c = QLatin1Char('_');
    const QString base = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    return base + QStringLiteral("/search/") + name.left(40) + QLatin1Char('-') +
           QString::fromLatin1(digest) + QStringLiteral(".db");
}

SearchIndex::Status SearchIndex::open(const QString &dbPath, const QString &root,
                                      const OpenOptions &options, QString *message)
{
    close();
    m_path = dbPath;
    m_root = root;
    m_userPath = options.userPath;
    QString ignored;
    if (message == nullptr) message = &ignored;
    message->clear();

    if (!QFileInfo::exists(dbPath)) {
        if (!options.create) {
            *message = QStringLiteral("no index at %1").arg(dbPath);
            return Status::Missing;
        }
        if (!QDir().mkpath(QFileInfo(dbPath).absolutePath())) {
            *message = QStringLiteral("cannot create the folder of %1").arg(dbPath);
            return Status::Failed;
        }
        if (!createFresh(message)) return Status::Failed;
        return Status::Created;
    }

    QString why;
    QString otherRoot;
    try {
        m_db.open(dbPath, SqlConnection::Mode::ReadWrite);
        why = validate(options, &otherRoot);
        if (why.isEmpty() && otherRoot.isEmpty()) configure();
    } catch (const SqliteError &e) {
        if (!e.isDamaged()) {
            close();
            *message = QStringLiteral("cannot open the index %1: %2").arg(dbPath, describe(e));
            return Status::Failed;
        }
        why = describe(e);
    }
    if (why.isEmpty() && !otherRoot.isEmpty()) {
        if (m_userPath) {
            close();
            *message = QStringLiteral("%1 is the index of %2, not of %3; choose another --db")
                           .arg(dbPath, otherRoot, root);
            return Status::WrongRoot;
        }
        why = QStringLiteral("it belongs to %1").arg(otherRoot);
    }
    if (why.isEmpty()) return Status::Opened;
    return rebuild(why, message);
}

SearchIndex::Status SearchIndex::rebuild(const QString &reason, QString *message)
{
    QString ignored;
    if (message == nullptr) message = &ignored;
    qCWarning(lcSearch) << "rebuilding" << m_path << "because" << reason;
    if (!discardFile(reason, message)) return Status::Failed;
    QString error;
    if (!createFresh(&error)) {
        *message += QLatin1Char('\n') + error;
        return Status::Failed;
    }
    return Status::Rebuilt;
}

// The schema is made in a private file that is renamed into place once
// complete, so the index path never names a half-made database (a process
// killed while creating it leaves only the private file behind).
bool SearchIndex::createFresh(QString *error)
{
    close();
    const QString tmp = m_path + QStringLiteral(".new-%1").arg(QCoreApplication::applicationPid());
    removeSidecars(tmp);
    QFile::remove(tmp);
    try {
        m_db.open(tmp, SqlConnection::Mode::ReadWriteCreate);
        configure();
        createSchema();
        m_db.close(); // checkpoints: everything is in the main file now
        // A WAL left from an earlier file of this name must not be replayed
        // onto the new one.
        removeSidecars(m_path);
        if (::rename(QFile::encodeName(tmp).constData(), QFile::encodeName(m_path).constData()) !=
            0) {
            *error = QStringLiteral("cannot create the index %1: %2")
                         .arg(m_path, QString::fromLocal8Bit(std::strerror(errno)));
            QFile::remove(tmp);
            return false;
        }
        m_db.open(m_path, SqlConnection::Mode::ReadWrite);
        configure();
    } catch (const SqliteError &e) {
        close();
        removeSidecars(tmp);
        QFile::remove(tmp);
        *error = QStringLiteral("cannot create the index %1: %2").arg(m_path, describe(e));
        return false;
    }
    return true;
}

void SearchIndex::close()
{
    m_db.close();
}

QString SearchIndex::validate(const OpenOptions &options, QString *otherRoot)
{
    bool empty = false;
    if (!hasSqliteHeader(m_path, &empty)) return QStringLiteral("it is not a SQLite database");
    if (empty) return QStringLiteral("it is an empty file");
    const qint64 appId = m_db.queryInt("PRAGMA application_id");
    if (appId != SearchSchema::applicationId)
        return QStringLiteral("it is not a WhiteMagic search index");
    const qint64 version = m_db.queryInt("PRAGMA user_version");
    if (version != SearchSchema::version)
        return QStringLiteral(
                   "it was made by another version of WhiteMagic (format %1, this one reads %2)")
            .arg(version)
            .arg(SearchSchema::version);
    const qint64 tables = m_db.queryInt("SELECT count(*) FROM sqlite_master WHERE name IN "
                                        "('meta','docs','bodies','docview','fts','tri')");
    if (tables != 6) return QStringLiteral("its tables are incomplete");
    // The root is stored as text: bytes that are not UTF-8 read as U+FFFD
    // (io/NativePath.h), on both sides of the comparison.
    if (const QString stored = meta(QStringLiteral("root")); stored != NativePath::display(m_root))
        *otherRoot = stored.isEmpty() ? QStringLiteral("(unknown)") : stored;
    if (options.fullCheck || fileBytes() < options.fullCheckBelowBytes) {
        const QString result = m_db.queryText("PRAGMA quick_check");
        if (result != QLatin1String("ok"))
            return QStringLiteral("it failed the integrity check (%1)").arg(result.left(200));
    }
    // Reads the FTS structure records, where damage would otherwise only
    // show up in the middle of a search.
    m_db.queryInt(
        "SELECT count(*) FROM (SELECT rowid FROM fts WHERE fts MATCH '\"wm_probe\"' LIMIT 1)");
    m_db.queryInt("SELECT count(*) FROM (SELECT rowid FROM tri WHERE tri MATCH '\"wmp\"' LIMIT 1)");
    return {};
}

void SearchIndex::configure()
{
    // WAL: readers see the last committed batch while the writer goes on.
    // NORMAL is durable against a killed process (not against power loss,
    // which may lose the last batches but never corrupts).
    m_db.exec("PRAGMA journal_mode=WAL");
    m_db.exec("PRAGMA synchronous=NORMAL; PRAGMA temp_store=MEMORY; PRAGMA cache_size=-65536;"
              "PRAGMA mmap_size=1099511627776; PRAGMA journal_size_limit=67108864");
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
    close();
    if (m_userPath) {
        const QString aside = m_path + QStringLiteral(".damaged");
        QFile::remove(aside);
        QFile::remove(aside + QStringLiteral("-wal"));
        QFile::remove(aside + QStringLiteral("-shm"));
        // The WAL goes along: a foreign database's last transactions live there.
        if (!QFile::rename(m_path, aside)) {
            *message = QStringLiteral("the index %1 is unusable (%2) and cannot be moved aside")
                           .arg(m_path, reason);
            return false;
        }
        QFile::rename(m_path + QStringLiteral("-wal"), aside + QStringLiteral("-wal"));
        QFile::remove(m_path + QStringLiteral("-shm"));
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
    removeSidecars(m_path);
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
    return QFileInfo(m_path).size() + QFileInfo(m_path + QStringLiteral("-wal")).size();
}

} // namespace wm
