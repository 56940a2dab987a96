// SPDX-FileCopyrightText: 2026 WhiteMagic contributors
// SPDX-License-Identifier: MIT

#include "TrigramBuilder.h"

#include "SearchIndex.h"
#include "SqlStatement.h"
#include "concurrency/CancelToken.h"

#include <QElapsedTimer>

namespace wm {

bool TrigramBuilder::prepare(SearchIndex &index, IndexOptions::Substring mode,
                             const CancelToken *cancel, const std::function<void(qint64)> &progress,
                             bool *complete)
{
    *complete = true;
    SqlConnection &db = index.db();
    const QString state = index.meta(QStringLiteral("substring"));
    if (mode == IndexOptions::Substring::Disable) {
        if (state != QLatin1String("0") && !state.isEmpty()) {
            db.exec("BEGIN IMMEDIATE");
            db.exec("INSERT INTO tri(tri) VALUES('delete-all')");
            index.setMeta(QStringLiteral("substring"), QStringLiteral("0"));
            index.setMeta(QStringLiteral("substring_upto"), QStringLiteral("0"));
            db.exec("COMMIT");
        }
        return false;
    }
    if (state == QLatin1String("1")) return true;
    if (mode == IndexOptions::Substring::Keep && state != QLatin1String("building")) return false;

    if (state != QLatin1String("building")) {
        db.exec("BEGIN IMMEDIATE");
        index.setMeta(QStringLiteral("substring"), QStringLiteral("building"));
        index.setMeta(QStringLiteral("substring_upto"), QStringLiteral("0"));
        db.exec("COMMIT");
    }
    qint64 upto = index.meta(QStringLiteral("substring_upto")).toLongLong();
    SqlStatement next(
        db.handle(),
        "SELECT max(id), count(*) FROM (SELECT id FROM bodies WHERE id > ?1 ORDER BY id LIMIT 64)");
    SqlStatement insert(db.handle(),
                        "INSERT INTO tri(rowid, content) SELECT id, content FROM bodytext "
                        "WHERE id > ?1 AND id <= ?2");
    qint64 built = 0;
    bool done = false;
    while (!done) {
        if (isCancelled(cancel)) {
            *complete = false;
            return false;
        }
        QElapsedTimer batch;
        batch.start();
        db.exec("BEGIN IMMEDIATE");
        try {
            while (batch.elapsed() < 1000 && !isCancelled(cancel)) {
                next.bind(1, upto);
                const bool row = next.step();
                const qint64 last = row ? next.int64(0) : 0;
                const qint64 count = row ? next.int64(1) : 0;
                next.reset();
                if (count == 0) {
                    done = true;
                    break;
                }
                insert.bind(1, upto).bind(2, last).exec();
                upto = last;
                built += count;
            }
            index.setMeta(QStringLiteral("substring_upto"), QString::number(upto));
            if (done) index.setMeta(QStringLiteral("substring"), QStringLiteral("1"));
            db.exec("COMMIT");
        } catch (...) {
            sqlite3_exec(db.handle(), "ROLLBACK", nullptr, nullptr, nullptr);
            throw;
        }
        if (progress) progress(built);
    }
    return true;
}

} // namespace wm
