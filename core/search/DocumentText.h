// SPDX-FileCopyrightText: 2026 WhiteMagic contributors
// SPDX-License-Identifier: MIT

#pragma once

#include "SearchHit.h"

#include <QList>
#include <QString>

namespace wm {

// The indexed text of one document with every hit of a query in it, for a
// preview that highlights exactly what the engine matched (the offsets
// come from the same tokenizer, not from re-matching the query).
struct DocumentText
{
    enum class Status
    {
        Ok,
        NotFound, // no such path in the index (removed since the search)
        BadQuery,
        Failed,
        Cancelled,
    };

    Status status = Status::Ok;
    QString error;
    QString text;            // the indexed content, at most `maxBytes` of it
    QList<HitSpan> hits;     // in UTF-16 code units of `text`, in order
    qint64 indexedBytes = 0; // the whole indexed content
    bool cut = false;        // `text` stops before the indexed content does
    bool truncated = false;  // the index itself holds only the file's start
    qint64 size = 0;         // the file as indexed
    qint64 mtimeMs = 0;

    [[nodiscard]] bool ok() const { return status == Status::Ok; }
};

} // namespace wm
