// SPDX-FileCopyrightText: 2026 WhiteMagic contributors
// SPDX-License-Identifier: MIT

#include "IndexFeeder.h"

#include "BodyCodec.h"
#include "IndexFiles.h"
#include "IndexRunState.h"
#include "IndexUpdater.h"
#include "SearchLogging.h"
#include "SearchSchema.h"
#include "WordTokenizer.h"

#include <QDateTime>
#include <QFile>

namespace wm {
namespace {

int stateOf(const PreparedDoc &doc)
{
    if (doc.kind == PreparedDoc::Kind::Binary) return SearchSchema::Binary;
    return doc.truncated ? SearchSchema::Truncated : SearchSchema::Text;
}

} // namespace

IndexFeeder::IndexFeeder(IndexRunState &run, StoredDocs *stored, const DocumentReader &reader,
                         WordTokenizer *tokenizer, QString ownFiles, const CancelToken *cancel)
    : m_run(run), m_stored(stored), m_reader(reader), m_tokenizer(tokenizer),
      m_ownFiles(std::move(ownFiles)), m_cancel(cancel)
{
    const QByteArray own = QFile::encodeName(m_ownFiles);
    m_ownFolder = own.left(own.lastIndexOf('/') + 1).toStdString();
}

void IndexFeeder::feed(std::vector<WalkEntry> &&chunk)
{
    for (const WalkEntry &e : chunk) {
        if (isCancelled(&m_run.stop) || isCancelled(m_cancel)) return;
        if (!feedOne(e)) return;
    }
}

bool IndexFeeder::isOwnFile(const WalkEntry &e) const
{
    return !m_ownFiles.isEmpty() && !e.isDirectory &&
           IndexFiles::isIndexFile(m_ownFiles, QFile::decodeName(e.nativeRel.c_str()));
}

bool IndexFeeder::mayHoldOwnFiles(std::string_view nativeRel) const
{
    if (m_ownFiles.isEmpty()) return false;
    const size_t slash = nativeRel.rfind('/');
    const std::string_view folder =
        slash == std::string_view::npos ? std::string_view() : nativeRel.substr(0, slash + 1);
    return folder == m_ownFolder;
}

void IndexFeeder::reportError(const WalkEntry &e)
{
    ++m_run.skipped;
    m_run.addError(e.relPath, e.error);
    if (e.isDirectory) m_run.addUnlisted(e.nativeRel);
}

bool IndexFeeder::feedOne(const WalkEntry &e)
{
    if (isOwnFile(e)) return true;
    ++m_run.found;
    if (!e.error.isEmpty()) {
        reportError(e);
        return true;
    }
    StoredDocs::Entry *known = m_stored->find(e.nativeRel);
    if (known != nullptr) {
        known->seen.store(true, std::memory_order_relaxed);
        if (known->doc.unchanged(e.size, e.mtimeMs)) {
            ++m_run.unchanged;
            return true;
        }
    }
    return prepare(e, known != nullptr ? &known->doc : nullptr);
}

bool IndexFeeder::prepare(const WalkEntry &e, const KnownDoc *known, KnownDoc *after)
{
    if (known != nullptr)
        qCDebug(lcSearch) << "changed:" << e.relPath << "size" << known->size << "->" << e.size
                          << "mtime" << known->mtime << "->" << e.mtimeMs << "racy" << known->racy;
    PreparedDoc doc = m_reader.read(e);
    ++m_run.read;
    if (doc.kind == PreparedDoc::Kind::Unreadable) {
        ++m_run.skipped;
        m_run.addError(doc.path, doc.error);
        if (after != nullptr) {
            *after = known != nullptr ? *known : KnownDoc{}; // the doc stays as it was
            if (known == nullptr) after->state = -1;
        }
        return true;
    }
    m_run.bytes += qint64(doc.content.size());
    if (doc.truncated) ++m_run.truncated;
    if (doc.repaired) ++m_run.repaired;
    doc.racy = doc.mtimeMs > QDateTime::currentMSecsSinceEpoch() - IndexUpdater::racyWindowMs;
    if (after != nullptr) {
        after->size = doc.size;
        after->mtime = doc.mtimeMs;
        after->racy = doc.racy;
        after->state = stateOf(doc);
    }
    return m_run.queue.push(opFor(std::move(doc), known));
}

IndexOp IndexFeeder::opFor(PreparedDoc &&doc, const KnownDoc *known) const
{
    IndexOp op;
    if (known != nullptr && known->hash == doc.hash && known->state == stateOf(doc)) {
        op.type = IndexOp::Type::Touch;
        op.doc.key = std::move(doc.key);
        op.doc.size = doc.size;
        op.doc.mtimeMs = doc.mtimeMs;
        op.doc.racy = doc.racy;
    } else {
        op.type = IndexOp::Type::Store;
        op.isNew = known == nullptr;
        op.doc = std::move(doc);
        // Tokenizing is a third of FTS5's work: done here, on the readers,
        // it leaves the one writer thread free for the rest.
        if (m_tokenizer != nullptr && op.doc.kind == PreparedDoc::Kind::Text)
            op.doc.tokens = m_tokenizer->tokenize(op.doc.content);
        // Compressing too: the writer only copies the frame into its pages.
        if (op.doc.kind == PreparedDoc::Kind::Text)
            BodyCodec::compress(op.doc.content, op.doc.stored);
    }
    return op;
}

} // namespace wm
