// SPDX-FileCopyrightText: 2026 WhiteMagic contributors
// SPDX-License-Identifier: MIT

#include "ReadOnlyIndex.h"

#include "SearchUiLogging.h"
#include "search/SearchSchema.h"
#include "search/SqliteError.h"

#include <QFileInfo>

namespace wm::ui {

ReadOnlyIndex::Status ReadOnlyIndex::open(const QString &dbPath, const QString &root,
                                          QString *message)
{
    close();
    m_path = dbPath;
    if (!QFileInfo::exists(dbPath)) {
        *message = tr("This folder has no search index yet.");
        return Status::Missing;
    }
    try {
        m_db.open(dbPath, SqlConnection::Mode::ReadOnly);
        if (m_db.queryInt("PRAGMA application_id") != SearchSchema::applicationId)
            *message = tr("%1 is not a WhiteMagic search index.").arg(dbPath);
        else if (m_db.queryInt("PRAGMA user_version") != SearchSchema::version)
            return outdated(message);
        else if (const QString stored = m_db.queryText("SELECT value FROM meta WHERE key = 'root'");
                 stored != root)
            *message = tr("The index %1 belongs to %2.").arg(dbPath, stored);
        else
            return Status::Opened;
    } catch (const SqliteError &e) {
        *message = tr("Cannot read the index %1: %2").arg(dbPath, QString::fromUtf8(e.what()));
    }
    qCInfo(lcUiSearch) << "not searching" << dbPath << ":" << *message;
    close();
    return Status::Unusable;
}

ReadOnlyIndex::Status ReadOnlyIndex::outdated(QString *message)
{
    *message = tr("The index %1 was made by another version of WhiteMagic.").arg(m_path);
    qCInfo(lcUiSearch) << "not searching" << m_path << ":" << *message;
    close();
    return Status::Outdated;
}

} // namespace wm::ui
