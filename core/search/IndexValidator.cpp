// SPDX-FileCopyrightText: 2026 WhiteMagic contributors
// SPDX-License-Identifier: MIT

#include "IndexValidator.h"

#include "SearchSchema.h"
#include "SqlConnection.h"
#include "SqlStatement.h"
#include "io/NativePath.h"

#include <QFileInfo>

namespace wm {

QString IndexValidator::check(SqlConnection &db, const Request &request, QString *otherRoot)
{
    if (QFileInfo(request.path).size() == 0) return QStringLiteral("it is an empty file");
    const qint64 appId = db.queryInt("PRAGMA application_id");
    if (appId != SearchSchema::applicationId)
        return QStringLiteral("it is not a WhiteMagic search index");
    const qint64 version = db.queryInt("PRAGMA user_version");
    if (version != SearchSchema::version)
        return QStringLiteral(
                   "it was made by %1 version of WhiteMagic (format %2, this one reads %3)")
            .arg(version < SearchSchema::version ? QStringLiteral("an older")
                                                 : QStringLiteral("another"))
            .arg(version)
            .arg(SearchSchema::version);
    const qint64 tables =
        db.queryInt("SELECT count(*) FROM sqlite_master WHERE name IN "
                    "('meta','docs','bodies','bodytext','docview','fts','tri','statblocks')");
    if (tables != 8) return QStringLiteral("its tables are incomplete");
    // The root is stored as text: bytes that are not UTF-8 read as U+FFFD
    // (io/NativePath.h), on both sides of the comparison.
    SqlStatement st(db.handle(), "SELECT value FROM meta WHERE key = 'root'");
    const QString stored = st.step() ? st.text(0) : QString();
    if (stored != NativePath::display(request.root))
        *otherRoot = stored.isEmpty() ? QStringLiteral("(unknown)") : stored;
    if (request.fullCheck || request.fileBytes < request.fullCheckBelowBytes) {
        const QString result = db.queryText("PRAGMA quick_check");
        if (result != QLatin1String("ok"))
            return QStringLiteral("it failed the integrity check (%1)").arg(result.left(200));
    }
    db.queryInt(
        "SELECT count(*) FROM (SELECT rowid FROM fts WHERE fts MATCH '\"wm_probe\"' LIMIT 1)");
    db.queryInt("SELECT count(*) FROM (SELECT rowid FROM tri WHERE tri MATCH '\"wmp\"' LIMIT 1)");
    return {};
}

} // namespace wm
