// SPDX-FileCopyrightText: 2026 WhiteMagic contributors
// SPDX-License-Identifier: MIT

#pragma once

#include "SearchQuery.h"
#include "SearchResult.h"

#include <QByteArray>

namespace wm {

// The JSON form of a search (wm search --json):
// { "query", "mode", "expression", "total", "offset", "limit", "elapsedMs",
//   "results": [ { "path", "score", "title", "titleHits", "snippet", "hits",
//                  "line", "size", "mtime", "truncated" } ] }
// where hits are [{"start", "length"}] in UTF-16 code units of the snippet
// (titleHits: of the title).
class SearchJson
{
public:
    // The document as text, byte for byte what QJsonDocument::toJson(Indented)
    // would give for it, written directly (see IndentedJson): what
    // `wm search --json` prints. tst_searchtext checks it against a
    // QJsonObject reference (tests/auto/search/SearchJsonReference.h).
    [[nodiscard]] static QByteArray toJsonText(const SearchQuery &query,
                                               const SearchResult &result);
};

} // namespace wm
