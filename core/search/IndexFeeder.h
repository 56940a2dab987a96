// SPDX-FileCopyrightText: 2026 WhiteMagic contributors
// SPDX-License-Identifier: MIT

#pragma once

#include "DocumentReader.h"
#include "IndexOp.h"
#include "StoredDocs.h"
#include "walk/WalkEntry.h"

#include <QString>
#include <vector>

namespace wm {

class CancelToken;
class WordTokenizer;
struct IndexRunState;

// The walk's side of an update, run on the walker's pool threads: diffs each
// file against what the index holds (same size and mtime: not read), reads
// and prepares the rest, and queues a change for the writer thread — a Touch
// when only size or mtime changed but not the content hash.
class IndexFeeder
{
public:
    // `ownFiles`: the index's own path relative to the root when it lies
    // inside the indexed folder (its files are never indexed), else empty.
    // `tokenizer` (may be null) tokenizes the text of each document to store.
    IndexFeeder(IndexRunState &run, StoredDocs &stored, const DocumentReader &reader,
                WordTokenizer *tokenizer, QString ownFiles, const CancelToken *cancel);

    // One chunk of the walk (FileWalker::Sink).
    void feed(std::vector<WalkEntry> &&chunk);

private:
    // False when the queue was aborted.
    bool feedOne(const WalkEntry &e);
    [[nodiscard]] IndexOp opFor(PreparedDoc &&doc, const StoredDocs::Entry *known) const;

    IndexRunState &m_run;
    StoredDocs &m_stored;
    const DocumentReader &m_reader;
    WordTokenizer *m_tokenizer;
    QString m_ownFiles;
    const CancelToken *m_cancel;
};

} // namespace wm
