// SPDX-FileCopyrightText: 2026 WhiteMagic contributors
// SPDX-License-Identifier: MIT

#include "IndexStaging.h"

#include "IndexFiles.h"
#include "SqlConnection.h"
#include "SqliteError.h"

#include <QCoreApplication>
#include <QFile>
#include <utility>

namespace wm {

// The schema is made in a private file that is renamed into place once
// complete, so the index path never names a half-made database (a process
// killed while creating it leaves only the private file behind).
bool IndexStaging::createFile(SqlConnection &db, const QString &target, const Steps &steps,
                              QString *error)
{
    db.close();
    const QString tmp = target + QStringLiteral(".new-%1").arg(QCoreApplication::applicationPid());
    IndexFiles::removeSidecars(tmp);
    QFile::remove(tmp);
    try {
        db.open(tmp, SqlConnection::Mode::ReadWriteCreate);
        steps.configure();
        steps.createSchema();
        db.close(); // checkpoints: everything is in the main file now
        // A WAL left from an earlier file of this name must not be replayed
        // onto the new one.
        IndexFiles::removeSidecars(target);
        QString why;
        if (!IndexFiles::rename(tmp, target, &why)) {
            *error = QStringLiteral("cannot create the index %1: %2").arg(target, why);
            QFile::remove(tmp);
            return false;
        }
        db.open(target, SqlConnection::Mode::ReadWrite);
        steps.configure();
    } catch (const SqliteError &e) {
        db.close();
        IndexFiles::removeSidecars(tmp);
        QFile::remove(tmp);
        *error = QStringLiteral("cannot create the index %1: %2")
                     .arg(target, QString::fromUtf8(e.what()));
        return false;
    }
    return true;
}

bool IndexStaging::publish(SqlConnection &db, const QString &path, QString *error)
{
    QString why;
    try {
        // The staging file was written without a WAL (SearchIndex's
        // configure()); the published index is in WAL mode from its first
        // reader on.
        db.exec("PRAGMA journal_mode=WAL");
    } catch (const SqliteError &e) {
        why = QString::fromUtf8(e.what());
    }
    db.close(); // the WAL is empty: nothing to checkpoint
    const QString staging = std::exchange(m_file, QString());
    // Never over a file that is not ours (one put there while we built).
    if (QString foreign;
        why.isEmpty() && IndexFiles::owner(path, &foreign) == IndexFiles::Owner::NotOurs)
        why = QStringLiteral("a file that is not a WhiteMagic search index is there now (%1)")
                  .arg(foreign);
    const bool ok = why.isEmpty() && IndexFiles::syncFileAndFolder(staging, &why) &&
                    (IndexFiles::removeSidecars(path), IndexFiles::rename(staging, path, &why)) &&
                    IndexFiles::syncFileAndFolder(path, &why);
    IndexFiles::removeSidecars(staging);
    QFile::remove(staging + QStringLiteral(".lock"));
    if (!ok) {
        QFile::remove(staging);
        *error = QStringLiteral("cannot replace the index %1: %2").arg(path, why);
    }
    return ok;
}

void IndexStaging::discard()
{
    if (m_file.isEmpty()) return;
    const QString staging = std::exchange(m_file, QString());
    IndexFiles::removeSidecars(staging);
    QFile::remove(staging);
    QFile::remove(staging + QStringLiteral(".lock"));
}

void IndexStaging::removeLeftovers(const QString &path)
{
    IndexFiles::removeLeftovers(path);
}

} // namespace wm
