// SPDX-FileCopyrightText: 2026 WhiteMagic contributors
// SPDX-License-Identifier: MIT

#pragma once

#include <array>
#include <string>
#include <string_view>

namespace wm {

// The layout of a search index database, in one place so the index, the
// engine and the benchmark's sqlite3-shell load all agree on it.
//
// docs    one row per file seen: path bytes (the key), display path, name,
//         extension, title, tags, size, mtime, content hash, state, and
//         `racy` (read too soon after a write: check again next time).
//         Binary files are kept here (state Binary) so that an unchanged
//         binary is not read again on every run, but they have no body.
// bodies  the text of each indexed file as an LZ4 frame (BodyCodec: about a
//         third of the text's size; the bodies were two thirds of a
//         kernel index before), apart from docs so that loading the
//         (path, size, mtime, hash) table for the diff does not drag every
//         file's text through the page cache.
// bodytext the bodies as text, through wm_body() (BodyCodec::registerOn,
//         on every SqlConnection): the external content of `tri`.
// docview docs joined with the bodies as text: the external content of `fts`.
// fts     FTS5 over path, name, ext, title, tags, content (detail=full:
//         phrases, NEAR, highlight). Its tokenizer defines a "word".
//         Prefix indexes for 3 and 4 characters: "drm_*", "usb_*", "irq*"
//         are common in code and would otherwise merge the lists of
//         thousands of words; other prefix lengths are merged at query
//         time (a 2-character index would cost as much and serve little).
// tri     FTS5 trigram index over bodytext for --substring, detail=none
//         (small; SQLite verifies each candidate with LIKE). Empty until
//         substring search is enabled for the index.
// statblocks the docs in key order cut into blocks of about 128 files: the
//         block from `lo` up to the next block's `lo` holds `files` docs
//         whose (key, size, mtime, racy) hash to `digest` (StatDigest; NULL:
//         unknown, the block is diffed file by file). An update with nothing
//         to do stats each block's files and compares one digest instead of
//         reading every docs row (SortedDiff, StatBlockDiff).
namespace SearchSchema {

// 2: bodies stored as LZ4 frames (format 1 stored plain text); 3: the
// statblocks table (an older WhiteMagic writing to a format 3 index would
// leave its digests stale, so it must not accept one). An index of another
// format is rebuilt (IndexValidator, SearchIndex::rebuild).
inline constexpr int version = 3;
// PRAGMA application_id: 'WMIX'. Tells our index from any other SQLite file.
inline constexpr int applicationId = 0x574D4958;

// Word rule: Unicode letters, marks, decimal digits, letter numbers and
// connector punctuation (which includes '_') make up words, everything else
// separates them, case-insensitively. These are the classes of rg's \w, so
// `wm search WORD` finds the files `rg -i -w WORD` finds.
inline constexpr std::string_view tokenizer =
    "unicode61 remove_diacritics 0 tokenchars '_' categories 'L* M* Nd Nl Pc'";
// The same arguments as xCreate receives them (WordTokenizer tokenizes on
// reader threads with these; tst_searchtext checks both agree).
inline constexpr std::array<const char *, 6> tokenizerArgs = {
    "remove_diacritics", "0", "tokenchars", "_", "categories", "L* M* Nd Nl Pc"};

enum Column
{
    Path = 0,
    Name,
    Ext,
    Title,
    Tags,
    Content,
    ColumnCount
};
inline constexpr std::array<std::string_view, ColumnCount> columnNames = {
    "path", "name", "ext", "title", "tags", "content"};
// bm25 weights per column: a hit in the file name or title says more about
// a file than one somewhere in its text.
inline constexpr std::array<double, ColumnCount> weights = {2.0, 10.0, 1.0, 8.0, 6.0, 1.0};

enum State
{
    Text = 0,
    Truncated = 1,
    Binary = 2
};

// Text of the CREATE statements (run inside one transaction).
std::string createStatements();

} // namespace SearchSchema
} // namespace wm
