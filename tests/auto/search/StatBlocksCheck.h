// SPDX-FileCopyrightText: 2026 WhiteMagic contributors
// SPDX-License-Identifier: MIT

#pragma once

// The checks of the update's ordered diff (tst_sorteddiff): the index holds
// the files rg lists, and its stored blocks (the statblocks table) describe
// its docs. Read with the sqlite3 shell, the independent reference.

#include "SearchTestSupport.h"
#include "search/SqlConnection.h"
#include "search/SqlStatement.h"
#include "search/StatDigest.h"

#include <QTest>

namespace wmsearchtest {

// The paths of every doc of `db`, read without the index's own code.
inline QSet<QString> indexedPaths(const QString &db)
{
    wm::SqlConnection c;
    c.open(db, wm::SqlConnection::Mode::ReadOnly);
    QSet<QString> out;
    wm::SqlStatement st(c.handle(), "SELECT path FROM docs");
    while (st.step())
        out.insert(st.text(0));
    return out;
}

// The sqlite3 shell's rows for `sql` on `db`, split at its '|' separator.
inline QList<QStringList> shellRows(const QString &db, const QString &sql)
{
    const wmtest::ProcessResult r = spawn(QStringLiteral("sqlite3"), {db, sql});
    QList<QStringList> rows;
    for (const QString &line :
         QString::fromUtf8(r.out).split(QLatin1Char('\n'), Qt::SkipEmptyParts))
        rows << line.split(QLatin1Char('|'));
    return rows;
}

// The statblocks invariant, read with the sqlite3 shell: no doc before the
// first block, and each block's files and digest (where known) those of the
// docs from its lo up to the next block's. (Hex keeps the byte order.)
inline void checkBlocks(const QString &db)
{
    const QList<QStringList> blocks = shellRows(
        db, QStringLiteral("SELECT lower(hex(lo)), files, ifnull(digest, 'null') FROM statblocks "
                           "ORDER BY lo"));
    const QList<QStringList> docs = shellRows(
        db, QStringLiteral("SELECT lower(hex(key)), size, mtime, racy FROM docs ORDER BY key"));
    qsizetype d = 0;
    QVERIFY2(docs.isEmpty() || (!blocks.isEmpty() && docs[0][0] >= blocks[0][0]),
             "a doc before the first block");
    for (qsizetype b = 0; b < blocks.size(); ++b) {
        wm::StatDigest digest;
        for (; d < docs.size() && (b + 1 == blocks.size() || docs[d][0] < blocks[b + 1][0]); ++d) {
            const QByteArray key = QByteArray::fromHex(docs[d][0].toLatin1());
            digest.add(std::string_view(key.constData(), size_t(key.size())),
                       docs[d][1].toLongLong(), docs[d][2].toLongLong(), docs[d][3] == u"1");
        }
        QVERIFY2(digest.files() == blocks[b][1].toLongLong(), qPrintable(blocks[b].join(u' ')));
        if (blocks[b][2] != u"null")
            QVERIFY2(digest.value() == quint64(blocks[b][2].toLongLong()),
                     qPrintable(blocks[b].join(u' ')));
    }
    QCOMPARE(d, docs.size());
}

// The index holds exactly the files rg lists, and its blocks describe them.
inline void compareWithRg(const QString &root, const QString &db)
{
    const QSet<QString> ref = rgFiles(root, {QStringLiteral("--files")});
    const QSet<QString> ours = indexedPaths(db);
    QVERIFY2(ours == ref, qPrintable(describeDiff(ours, ref)));
    checkBlocks(db);
}

// Updates the index of `tree`: the run removes, adds and reads these many
// files, and leaves the index as compareWithRg wants it.
inline void checkUpdate(const IndexedTree &tree, qint64 removed, qint64 added, qint64 read)
{
    const wm::IndexStats s = tree.index();
    QCOMPARE(s.removed, removed);
    QCOMPARE(s.added, added);
    QCOMPARE(s.read, read);
    compareWithRg(tree.root, tree.db);
}

} // namespace wmsearchtest
