// SPDX-FileCopyrightText: 2026 WhiteMagic contributors
// SPDX-License-Identifier: MIT

#pragma once

#include "IndexOp.h"
#include "SqlStatement.h"

#include <QByteArray>
#include <QElapsedTimer>
#include <QString>
#include <atomic>
#include <climits>
#include <limits>

namespace wm {

class SqlConnection;

// Applies IndexOps to the database in batched transactions. Lives on the
// one writer thread, which owns the connection for the duration of a run.
// FTS rows of the external-content tables are maintained here explicitly:
// an old row is removed (with its old text, as FTS5 requires) before its
// docs/bodies rows change.
class IndexWriter
{
public:
    struct Limits
    {
        int changes = 2000;
        qint64 bytes = qint64(32) << 20;
        int ms = 1000;
        // One transaction for the whole run, for a staging file nobody reads
        // before it is complete: a commit flushes FTS5's pending terms as a
        // small segment that later merges write again.
        static Limits unbounded() { return {INT_MAX, std::numeric_limits<qint64>::max(), INT_MAX}; }
    };
    struct Counters
    {
        std::atomic<qint64> added{0}, updated{0}, removed{0}, skipped{0}, unchanged{0};
        std::atomic<qint64> batches{0};
    };

    // `trigram`: keep the substring index in step. `walkJson` is stored in
    // the first transaction, which also marks the index as mid-update.
    IndexWriter(SqlConnection &db, bool trigram, Limits limits, Counters &counters,
                QString walkJson);
    ~IndexWriter();
    IndexWriter(const IndexWriter &) = delete;
    IndexWriter &operator=(const IndexWriter &) = delete;

    void apply(IndexOp &op);
    // Commits the open batch. Throws SqliteError like apply().
    void finish();
    // Rolls back an open batch after a failure (never throws).
    void abandon() noexcept;

    [[nodiscard]] bool wroteAnything() const { return m_wrote; }

private:
    void begin();
    void commitIfDue();
    struct DocFields
    {
        QByteArray path, name, ext, title, tags; // UTF-8
    };
    void store(const PreparedDoc &doc, bool isNew);
    // Inserts (id 0) or updates the docs row. False when an insert met the
    // key already there.
    bool writeDoc(const PreparedDoc &doc, qint64 id, int state, const DocFields &f);
    void remove(const std::string &key);
    // SetBlock, ForgetBlock, DropBlocks (statblocks, SearchSchema).
    void applyBlock(const IndexOp &op);
    // Looks up key; returns id (0 when absent) and its state.
    qint64 find(const std::string &key, int *state);
    void dropText(qint64 id);

    SqlConnection &m_db;
    bool m_trigram;
    Limits m_limits;
    Counters &m_counters;
    QString m_walkJson;
    std::string m_frame; // a body compressed here (BodyCodec), reused

    bool m_inTransaction = false;
    bool m_wrote = false;
    int m_batchChanges = 0;
    qint64 m_batchBytes = 0;
    QElapsedTimer m_batchTimer;

    SqlStatement m_find, m_insertDoc, m_updateDoc, m_touch, m_deleteDoc;
    SqlStatement m_putBody, m_deleteBody, m_insertFts, m_deleteFts, m_insertTri, m_deleteTri;
    SqlStatement m_setMeta, m_setBlock, m_dropBlock, m_forgetBlock;
};

} // namespace wm
