// SPDX-FileCopyrightText: 2026 WhiteMagic contributors
// SPDX-License-Identifier: MIT

#pragma once

#include "PreparedDoc.h"

namespace wm {

// One change for the writer thread.
struct IndexOp
{
    enum class Type
    {
        Store,       // insert or replace doc (Text or Binary)
        Touch,       // same content: only size and mtime changed
        Remove,      // the file is gone
        SetBlock,    // the statblocks row at doc.key: `block` (no files: no row)
        ForgetBlock, // the statblocks row at doc.key: digest unknown
        DropBlocks,  // no statblocks rows at all (a walk that keeps none)
    };
    // A statblocks row (SearchSchema).
    struct Block
    {
        qint64 files = 0;
        quint64 digest = 0;
        bool known = false; // false: digest NULL
    };
    Type type = Type::Store;
    PreparedDoc doc; // Touch and Remove use key, size and mtimeMs only; blocks only key
    Block block;
    // Store: the index had no row for this key when the run diffed it (and
    // no other op of the run has the same key), so the writer need not
    // look it up before inserting.
    bool isNew = false;

    // What this op costs the queue's memory budget.
    [[nodiscard]] size_t bytes() const
    {
        return doc.content.size() + doc.stored.size() + doc.tokens.bytes() + doc.key.size() + 256;
    }
};

} // namespace wm
