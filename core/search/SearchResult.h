// SPDX-FileCopyrightText: 2026 WhiteMagic contributors
// SPDX-License-Identifier: MIT

#pragma once

#include "SearchHit.h"

#include <vector>

namespace wm {

struct SearchResult
{
    enum class Status
    {
        Ok,
        BadQuery,     // the user's query is malformed: `error` says what, at `errorColumn`
        NotAvailable, // e.g. substring search on an index without a trigram index
        Failed,       // SQLite failed; `damaged` when the file is corrupt
        Cancelled,
    };

    Status status = Status::Ok;
    QString error;
    int errorColumn = 0;
    bool damaged = false;

    QString expression; // what ran: the FTS5 MATCH string, or the substring SQL condition
    qint64 total = 0;   // all matching files, not just this page
    std::vector<SearchHit> hits;
    double elapsedMs = 0;

    [[nodiscard]] bool ok() const { return status == Status::Ok; }
};

} // namespace wm
