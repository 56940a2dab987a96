// SPDX-FileCopyrightText: 2026 WhiteMagic contributors
// SPDX-License-Identifier: MIT

#pragma once

#include "SearchQuery.h"
#include "SearchResult.h"

#include <QByteArray>
#include <QJsonObject>

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
    [[nodiscard]] static QJsonObject toJson(const SearchQuery &query, const SearchResult &result);
    // The same document as text, byte for byte what
    // QJsonDocument(toJson(...)).toJson(QJsonDocument::Indented) gives, written
    // directly (see IndentedJson): what `wm search --json` prints.
    [[nodiscard]] static QByteArray toJsonText(const SearchQuery &query,
                                               const SearchResult &result);
};

} // namespace wm
