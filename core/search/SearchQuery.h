// SPDX-FileCopyrightText: 2026 WhiteMagic contributors
// SPDX-License-Identifier: MIT

#pragma once

#include <QString>

namespace wm {

struct SearchQuery
{
    QString text;           // in the query language (QueryParser)
    int limit = 20;         // results per page
    int offset = 0;         // results skipped (paging)
    bool substring = false; // match terms as substrings (trigram index)
    int snippetChars = 160;
};

} // namespace wm
