// SPDX-FileCopyrightText: 2026 WhiteMagic contributors
// SPDX-License-Identifier: MIT

#include "IndexCatalog.h"

#include "IndexFiles.h"
#include "IndexLock.h"
#include "SearchIndex.h"
#include "SqlConnection.h"
#include "SqliteError.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace wm {

QList<IndexCatalog::Entry> IndexCatalog::list()
{
    QList<Entry> out;
    for (const QString &folder : {SearchIndex::defaultFolder(), SearchIndex::legacyFolder()}) {
        const QFileInfoList files =
            QDir(folder).entryInfoList({QStringLiteral("*.db")}, QDir::Files, QDir::Name);
        for (const QFileInfo &f : files) {
            Entry e;
            e.dbPath = f.absoluteFilePath();
            e.legacy = folder == SearchIndex::legacyFolder();
            e.bytes = f.size() + QFileInfo(e.dbPath + QStringLiteral("-wal")).size();
            QString why;
            if (IndexFiles::owner(e.dbPath, &why) != IndexFiles::Owner::Ours) continue;
            try {
                SqlConnection db;
                db.open(e.dbPath, SqlConnection::Mode::ReadOnly);
                e.root = db.queryText("SELECT value FROM meta WHERE key = 'root'");
                e.updated = db.queryText("SELECT value FROM meta WHERE key = 'updated'");
            } catch (const SqliteError &) {
                // Listed all the same: a damaged index is worth forgetting.
            }
            e.rootExists = !e.root.isEmpty() && QFileInfo(e.root).isDir();
            out.append(e);
        }
    }
    return out;
}

bool IndexCatalog::forget(const QString &dbPath, QString *error)
{
    QString why;
    if (IndexFiles::owner(dbPath, &why) != IndexFiles::Owner::Ours) {
        *error = QStringLiteral("%1 is not a WhiteMagic search index; left alone").arg(dbPath);
        return false;
    }
    IndexLock lock;
    qint64 holder = 0;
    if (!lock.tryLock(dbPath, &holder, &why)) {
        *error = why.isEmpty() ? QStringLiteral("%1 is being updated by process %2; not removed")
                                     .arg(dbPath)
                                     .arg(holder)
                               : why;
        return false;
    }
    if (!QFile::remove(dbPath)) {
        *error = QStringLiteral("cannot remove %1").arg(dbPath);
        return false;
    }
    IndexFiles::removeSidecars(dbPath);
    lock.unlock();
    QFile::remove(dbPath + QStringLiteral(".lock"));
    return true;
}

} // namespace wm
