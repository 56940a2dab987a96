// SPDX-FileCopyrightText: 2026 WhiteMagic contributors
// SPDX-License-Identifier: MIT

#include "IndexFiles.h"

#include "IndexLock.h"
#include "SearchLogging.h"
#include "SearchSchema.h"
#include "io/ErrnoText.h"
#include "io/UniqueFd.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <cerrno>
#include <cstdio>
#include <fcntl.h>
#include <unistd.h>

namespace wm {

IndexFiles::Owner IndexFiles::owner(const QString &path, QString *why)
{
    QFile f(path);
    if (!QFileInfo::exists(path)) return Owner::Missing;
    if (!f.open(QIODevice::ReadOnly)) {
        // Unreadable: SQLite will report the real error; nothing is touched.
        *why = f.errorString();
        return Owner::NotOurs;
    }
    const QByteArray head = f.read(100);
    if (head.isEmpty()) return Owner::Empty;
    if (!head.startsWith(QByteArray("SQLite format 3\0", 16))) {
        *why = QStringLiteral("it is not a SQLite database");
        return Owner::NotOurs;
    }
    if (head.size() < 100) {
        *why = QStringLiteral("it is a SQLite file too short to say whose it is");
        return Owner::NotOurs;
    }
    // The application id: 4 big-endian bytes at offset 68 of the header.
    const auto *b = reinterpret_cast<const unsigned char *>(head.constData()) + 68;
    const qint64 id =
        qint64(quint32(b[0]) << 24 | quint32(b[1]) << 16 | quint32(b[2]) << 8 | quint32(b[3]));
    if (id != SearchSchema::applicationId) {
        *why = QStringLiteral("it is another application's SQLite database");
        return Owner::NotOurs;
    }
    return Owner::Ours;
}

bool IndexFiles::isIndexFile(const QString &dbPath, const QString &candidate)
{
    if (!candidate.startsWith(dbPath)) return false;
    const QStringView rest = QStringView(candidate).mid(dbPath.size());
    return rest.isEmpty() || rest == u"-wal" || rest == u"-shm" || rest == u"-journal" ||
           rest == u".lock" || rest.startsWith(u".rebuild") || rest.startsWith(u".new-") ||
           rest.startsWith(u".damaged");
}

void IndexFiles::removeSidecars(const QString &dbPath)
{
    QFile::remove(dbPath + QStringLiteral("-wal"));
    QFile::remove(dbPath + QStringLiteral("-shm"));
}

void IndexFiles::removeLeftovers(const QString &dbPath)
{
    const QFileInfo info(dbPath);
    const QDir dir = info.absoluteDir();
    const QString staging = info.fileName() + QStringLiteral(".rebuild");
    const QString created = info.fileName() + QStringLiteral(".new-");
    const QString stagingCreated = staging + QStringLiteral(".new-");
    // Compared as prefixes, not as name filters: a folder name may hold '*' or '['.
    for (const QString &name : dir.entryList(QDir::Files | QDir::Hidden | QDir::System)) {
        if (name != staging && !name.startsWith(created) && !name.startsWith(stagingCreated))
            continue;
        if (name.endsWith(QLatin1String("-wal")) || name.endsWith(QLatin1String("-shm")) ||
            name.endsWith(QLatin1String(".lock")))
            continue; // with the file they belong to
        const QString path = dir.filePath(name);
        if (QString why; owner(path, &why) == Owner::NotOurs) continue;
        removeSidecars(path);
        QFile::remove(path + QStringLiteral(".lock"));
        if (QFile::remove(path))
            qCInfo(lcSearch) << "removed" << path << "left by a build that was interrupted";
    }
}

QString IndexFiles::moveAside(const QString &dbPath, QString *error)
{
    const QByteArray from = QFile::encodeName(dbPath);
    for (int n = 0; n < 1000; ++n) {
        const QString aside = dbPath + QStringLiteral(".damaged") +
                              (n == 0 ? QString() : QStringLiteral(".%1").arg(n));
        const QByteArray to = QFile::encodeName(aside);
        // Refuses to replace: an earlier damaged copy may be all that is left
        // of someone's index.
        if (::renameat2(AT_FDCWD, from.constData(), AT_FDCWD, to.constData(), RENAME_NOREPLACE) ==
            0) {
            // The WAL goes along: the last transactions live there.
            const QString wal = dbPath + QStringLiteral("-wal");
            if (QFileInfo::exists(wal)) {
                const QByteArray walTo = QFile::encodeName(aside + QStringLiteral("-wal"));
                if (::renameat2(AT_FDCWD, QFile::encodeName(wal).constData(), AT_FDCWD,
                                walTo.constData(), RENAME_NOREPLACE) != 0)
                    QFile::remove(wal); // never replay it onto the new file
            }
            QFile::remove(dbPath + QStringLiteral("-shm"));
            return aside;
        }
        if (errno != EEXIST) {
            *error = errnoText(errno);
            return {};
        }
    }
    *error = QStringLiteral("1000 damaged copies are already there");
    return {};
}

bool IndexFiles::syncFileAndFolder(const QString &path, QString *error)
{
    for (const QString &p : {path, QFileInfo(path).absolutePath()}) {
        const UniqueFd fd(::open(QFile::encodeName(p).constData(), O_RDONLY | O_CLOEXEC));
        if (!fd.valid() || ::fsync(fd.get()) != 0) {
            *error = QStringLiteral("cannot sync %1: %2").arg(p, errnoText(errno));
            return false;
        }
    }
    return true;
}

bool IndexFiles::rename(const QString &from, const QString &to, QString *error)
{
    if (::rename(QFile::encodeName(from).constData(), QFile::encodeName(to).constData()) == 0)
        return true;
    *error = errnoText(errno);
    return false;
}

void IndexFiles::adoptLegacy(const QString &legacy, const QString &dbPath)
{
    if (legacy == dbPath || !QFileInfo::exists(legacy) || QFileInfo::exists(dbPath)) return;
    IndexLock lock;
    qint64 holder = 0;
    QString error;
    if (!lock.tryLock(legacy, &holder, &error) || !QDir().mkpath(QFileInfo(dbPath).path())) return;
    removeSidecars(dbPath);
    if (QFileInfo::exists(legacy + QStringLiteral("-wal")) &&
        !rename(legacy + QStringLiteral("-wal"), dbPath + QStringLiteral("-wal"), &error))
        return;
    if (!rename(legacy, dbPath, &error)) {
        QFile::remove(dbPath + QStringLiteral("-wal"));
        return;
    }
    QFile::remove(legacy + QStringLiteral("-shm"));
    QFile::remove(legacy + QStringLiteral(".lock"));
    qCInfo(lcSearch) << "moved" << legacy << "to" << dbPath;
}

} // namespace wm
