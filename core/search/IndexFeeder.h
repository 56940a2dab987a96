// SPDX-FileCopyrightText: 2026 WhiteMagic contributors
// SPDX-License-Identifier: MIT

#pragma once

#include "DocumentReader.h"
#include "IndexOp.h"
#include "StoredDocs.h"
#include "walk/WalkEntry.h"

#include <QString>
#include <string>
#include <string_view>
#include <vector>

namespace wm {

class CancelToken;
class WordTokenizer;
struct IndexRunState;

// The walk's side of an update, run on pool threads: reads and prepares new
// and changed files and queues a change for the writer thread — a Touch
// when only size or mtime changed but not the content hash. Which files
// changed is decided by the caller (SortedDiff, in key order), or here
// against StoredDocs for the unordered walk that follows links (feed()).
class IndexFeeder
{
public:
    // `ownFiles`: the index's own path relative to the root when it lies
    // inside the indexed folder (its files are never indexed), else empty.
    // `tokenizer` (may be null) tokenizes the text of each document to store.
    // `stored`: only for feed().
    IndexFeeder(IndexRunState &run, StoredDocs *stored, const DocumentReader &reader,
                WordTokenizer *tokenizer, QString ownFiles, const CancelToken *cancel);

    // One chunk of the unordered walk (FileWalker::Sink): each file diffed
    // against StoredDocs (same size and mtime: not read).
    void feed(std::vector<WalkEntry> &&chunk);

    // The index's own database, WAL, lock or staging file: never indexed.
    [[nodiscard]] bool isOwnFile(const WalkEntry &e) const;
    // False when no file of the folder `nativeRel` is in can be one of the
    // index's own (they all lie in the index's folder): isOwnFile need not
    // be asked of each.
    [[nodiscard]] bool mayHoldOwnFiles(std::string_view nativeRel) const;
    // Counts and reports an entry the walk could not read.
    void reportError(const WalkEntry &e);
    // Reads a new file (`known` null) or one whose size or mtime differ from
    // `known`, and queues its change. False when the queue was aborted.
    // `after` (may be null): the file's doc once the change is applied
    // (size, mtime, racy), state -1 when it has none (unreadable and new).
    bool prepare(const WalkEntry &e, const KnownDoc *known, KnownDoc *after = nullptr);

private:
    // False when the queue was aborted.
    bool feedOne(const WalkEntry &e);
    [[nodiscard]] IndexOp opFor(PreparedDoc &&doc, const KnownDoc *known) const;

    IndexRunState &m_run;
    StoredDocs *m_stored;
    const DocumentReader &m_reader;
    WordTokenizer *m_tokenizer;
    QString m_ownFiles;
    std::string m_ownFolder; // m_ownFiles's folder, as bytes with a trailing '/' ("" for the root)
    const CancelToken *m_cancel;
};

} // namespace wm
