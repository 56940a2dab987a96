// SPDX-FileCopyrightText: 2026 WhiteMagic contributors
// SPDX-License-Identifier: MIT

#pragma once

#include "BodyBlob.h"
#include "RankCollector.h"
#include "SnippetBuilder.h"

#include <sqlite3.h>
#include <string>
#include <vector>

namespace wm {

class TokenScanner;

// The stretch of a document's text around its densest cluster of hits,
// about `tokens` tokens long, read from the bodies table a piece at a time
// (BodyBlob): only the text up to the end of that stretch is read,
// decompressed and tokenized, so a hit near the start of a 4 MiB file costs what it costs in
// a small one. The cluster is looked for among the hits within
// `clusterTokens` of the first one, which bounds the work per file
// whatever its size and number of hits.
class HitWindow
{
public:
    static constexpr int clusterTokens = 20000;

    struct Result
    {
        std::string text; // the stretch, UTF-8
        std::vector<SnippetBuilder::Range> hits;
        SnippetOrigin origin;
    };

    // Reads the bodies of `db` (inside the caller's read transaction).
    HitWindow(sqlite3 *db, TokenScanner &scanner) : m_scanner(scanner), m_body(db) {}
    HitWindow(const HitWindow &) = delete;
    HitWindow &operator=(const HitWindow &) = delete;

    // False when the body cannot be read (no row, a failed read).
    bool cut(qint64 rowid, const std::vector<TokenHit> &hits, int tokens, Result &out);

    // The byte ranges of `hits` in a short text read whole (a title).
    static std::vector<SnippetBuilder::Range>
    ranges(std::string_view text, const std::vector<TokenHit> &hits, TokenScanner &scanner);

private:
    TokenScanner &m_scanner;
    BodyBlob m_body;
};

} // namespace wm
