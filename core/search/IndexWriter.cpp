// SPDX-FileCopyrightText: 2026 WhiteMagic contributors
// SPDX-License-Identifier: MIT

#include "IndexWriter.h"

#include "BodyCodec.h"
#include "SearchSchema.h"
#include "SqlConnection.h"
#include "SqliteError.h"
#include "TokenReplay.h"

#include <QDateTime>

namespace wm {
namespace {

int storedState(const PreparedDoc &doc)
{
    if (doc.kind == PreparedDoc::Kind::Binary) return SearchSchema::Binary;
    return doc.truncated ? SearchSchema::Truncated : SearchSchema::Text;
}

bool hasText(int state)
{
    return state == SearchSchema::Text || state == SearchSchema::Truncated;
}

std::string_view view(const QByteArray &bytes)
{
    return {bytes.constData(), size_t(bytes.size())};
}

} // namespace

IndexWriter::IndexWriter(SqlConnection &db, bool trigram, Limits limits, Counters &counters,
                         QString walkJson)
    : m_db(db), m_trigram(trigram), m_limits(limits), m_counters(counters),
      m_walkJson(std::move(walkJson))
{
    sqlite3 *h = db.handle();
    m_find = SqlStatement(h, "SELECT id, state FROM docs WHERE key = ?1");
    m_insertDoc = SqlStatement(
        h, "INSERT INTO docs(key, path, name, ext, title, tags, size, mtime, hash, state, racy) "
           "VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)");
    m_updateDoc =
        SqlStatement(h, "UPDATE docs SET path = ?2, name = ?3, ext = ?4, title = ?5, tags = ?6, "
                        "size = ?7, mtime = ?8, hash = ?9, state = ?10, racy = ?11 WHERE id = ?1");
    m_touch = SqlStatement(h, "UPDATE docs SET size = ?2, mtime = ?3, racy = ?4 WHERE key = ?1");
    m_deleteDoc = SqlStatement(h, "DELETE FROM docs WHERE id = ?1");
    m_putBody = SqlStatement(h, "INSERT OR REPLACE INTO bodies(id, lz4) VALUES(?1, ?2)");
    m_deleteBody = SqlStatement(h, "DELETE FROM bodies WHERE id = ?1");
    m_insertFts = SqlStatement(h, "INSERT INTO fts(rowid, path, name, ext, title, tags, content) "
                                  "VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?7)");
    m_deleteFts =
        SqlStatement(h, "INSERT INTO fts(fts, rowid, path, name, ext, title, tags, content) "
                        "SELECT 'delete', id, path, name, ext, title, tags, content "
                        "FROM docview WHERE id = ?1");
    m_insertTri = SqlStatement(h, "INSERT INTO tri(rowid, content) VALUES(?1, ?2)");
    m_deleteTri = SqlStatement(h, "INSERT INTO tri(tri, rowid, content) "
                                  "SELECT 'delete', id, content FROM bodytext WHERE id = ?1");
    m_setMeta = SqlStatement(h, "INSERT OR REPLACE INTO meta(key, value) VALUES(?1, ?2)");
    m_setBlock =
        SqlStatement(h, "INSERT OR REPLACE INTO statblocks(lo, files, digest) VALUES(?1, ?2, ?3)");
    m_dropBlock = SqlStatement(h, "DELETE FROM statblocks WHERE lo = ?1");
    m_forgetBlock = SqlStatement(h, "UPDATE statblocks SET digest = NULL WHERE lo = ?1");
}

IndexWriter::~IndexWriter()
{
    abandon();
}

void IndexWriter::begin()
{
    m_db.exec("BEGIN IMMEDIATE");
    m_inTransaction = true;
    m_batchChanges = 0;
    m_batchBytes = 0;
    m_batchTimer.start();
    if (!m_wrote) {
        // Marks the index as mid-update until the run's end says otherwise;
        // the walk options go in now so a resumed update walks the same files.
        m_setMeta.bind(1, QStringLiteral("complete")).bind(2, QStringLiteral("0")).exec();
        m_setMeta.bind(1, QStringLiteral("walk")).bind(2, m_walkJson).exec();
        m_wrote = true;
    }
}

void IndexWriter::commitIfDue()
{
    if (m_batchChanges >= m_limits.changes || m_batchBytes >= m_limits.bytes ||
        m_batchTimer.elapsed() >= m_limits.ms) {
        m_db.exec("COMMIT");
        m_inTransaction = false;
        ++m_counters.batches;
    }
}

void IndexWriter::finish()
{
    if (m_inTransaction) {
        m_db.exec("COMMIT");
        m_inTransaction = false;
        ++m_counters.batches;
    }
}

void IndexWriter::abandon() noexcept
{
    if (m_inTransaction) {
        sqlite3_exec(m_db.handle(), "ROLLBACK", nullptr, nullptr, nullptr);
        m_inTransaction = false;
    }
}

void IndexWriter::apply(IndexOp &op)
{
    if (!m_inTransaction) begin();
    switch (op.type) {
    case IndexOp::Type::Store:
        store(op.doc, op.isNew);
        break;
    case IndexOp::Type::Touch:
        m_touch.bindBlob(1, op.doc.key)
            .bind(2, op.doc.size)
            .bind(3, op.doc.mtimeMs)
            .bind(4, op.doc.racy ? 1 : 0)
            .exec();
        ++m_counters.unchanged;
        break;
    case IndexOp::Type::Remove:
        remove(op.doc.key);
        break;
    case IndexOp::Type::SetBlock:
    case IndexOp::Type::ForgetBlock:
    case IndexOp::Type::DropBlocks:
        applyBlock(op);
        break;
    }
    ++m_batchChanges;
    m_batchBytes += qint64(op.doc.content.size());
    commitIfDue();
}

qint64 IndexWriter::find(const std::string &key, int *state)
{
    m_find.bindBlob(1, key);
    qint64 id = 0;
    if (m_find.step()) {
        id = m_find.int64(0);
        *state = int(m_find.int64(1));
    }
    m_find.reset();
    return id;
}

void IndexWriter::dropText(qint64 id)
{
    // Old text out of the FTS indexes first, while docview still has it.
    m_deleteFts.bind(1, id).exec();
    if (m_trigram) m_deleteTri.bind(1, id).exec();
}

bool IndexWriter::writeDoc(const PreparedDoc &doc, qint64 id, int state, const DocFields &f)
{
    SqlStatement &st = id != 0 ? m_updateDoc : m_insertDoc;
    if (id != 0)
        st.bind(1, id);
    else
        st.bindBlob(1, doc.key);
    // bindText does not copy: the fields outlive the exec().
    st.bindText(2, view(f.path))
        .bindText(3, view(f.name))
        .bindText(4, view(f.ext))
        .bindText(5, view(f.title))
        .bindText(6, view(f.tags))
        .bind(7, doc.size)
        .bind(8, doc.mtimeMs)
        .bind(9, qint64(doc.hash))
        .bind(10, state)
        .bind(11, doc.racy ? 1 : 0);
    try {
        st.exec();
    } catch (const SqliteError &e) {
        // A "new" key the index has after all: the caller looks it up.
        if (id == 0 && e.code() == SQLITE_CONSTRAINT_UNIQUE) return false;
        throw;
    }
    return true;
}

void IndexWriter::store(const PreparedDoc &doc, bool isNew)
{
    const int state = storedState(doc);
    const DocFields f{doc.path.toUtf8(), doc.name.toUtf8(), doc.ext.toUtf8(), doc.title.toUtf8(),
                      doc.tags.toUtf8()};
    int oldState = -1;
    qint64 id = 0;
    // A new file is inserted without a lookup first (one index probe less
    // per file on the one writer thread).
    if (!isNew || !writeDoc(doc, 0, state, f)) {
        id = find(doc.key, &oldState);
        if (id != 0 && hasText(oldState)) dropText(id);
        if (!writeDoc(doc, id, state, f))
            throw SqliteError(SQLITE_CONSTRAINT_UNIQUE, "a file's key is in the index twice");
    }
    if (id == 0) id = sqlite3_last_insert_rowid(m_db.handle());

    if (!hasText(state)) {
        if (hasText(oldState)) m_deleteBody.bind(1, id).exec();
        ++m_counters.skipped;
        return;
    }
    if (doc.stored.empty()) {
        // Not compressed by a reader (an op made elsewhere): do it here.
        BodyCodec::compress(doc.content, m_frame);
        m_putBody.bind(1, id).bindBlob(2, m_frame).exec();
    } else {
        m_putBody.bind(1, id).bindBlob(2, doc.stored).exec();
    }
    m_insertFts.bind(1, id)
        .bindText(2, view(f.path))
        .bindText(3, view(f.name))
        .bindText(4, view(f.ext))
        .bindText(5, view(f.title))
        .bindText(6, view(f.tags))
        .bindText(7, doc.content);
    // The content's tokens were computed by a reader thread: FTS5 replays
    // them instead of tokenizing here, on the one writer thread.
    TokenReplay *replay = doc.tokens.valid ? m_db.tokenReplay() : nullptr;
    if (replay != nullptr) replay->arm(&doc.tokens, doc.content);
    try {
        m_insertFts.exec();
    } catch (...) {
        if (replay != nullptr) replay->disarm();
        throw;
    }
    if (replay != nullptr) replay->disarm();
    if (m_trigram) m_insertTri.bind(1, id).bindText(2, doc.content).exec();
    if (hasText(oldState))
        ++m_counters.updated;
    else
        ++m_counters.added;
}

void IndexWriter::applyBlock(const IndexOp &op)
{
    if (op.type == IndexOp::Type::DropBlocks) {
        m_db.exec("DELETE FROM statblocks");
    } else if (op.type == IndexOp::Type::ForgetBlock) {
        m_forgetBlock.bindBlob(1, op.doc.key).exec();
    } else if (op.block.files == 0) {
        m_dropBlock.bindBlob(1, op.doc.key).exec();
    } else {
        m_setBlock.bindBlob(1, op.doc.key).bind(2, op.block.files);
        if (op.block.known)
            m_setBlock.bind(3, qint64(op.block.digest));
        else
            m_setBlock.bindNull(3);
        m_setBlock.exec();
    }
}

void IndexWriter::remove(const std::string &key)
{
    int state = -1;
    const qint64 id = find(key, &state);
    if (id == 0) return;
    if (hasText(state)) {
        dropText(id);
        m_deleteBody.bind(1, id).exec();
    }
    m_deleteDoc.bind(1, id).exec();
    ++m_counters.removed;
}

} // namespace wm
