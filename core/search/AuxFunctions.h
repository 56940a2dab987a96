// SPDX-FileCopyrightText: 2026 WhiteMagic contributors
// SPDX-License-Identifier: MIT

#pragma once

#include <QString>
#include <memory>
#include <sqlite3.h>
#include <string_view>
#include <utility>
#include <vector>

namespace wm {

// Two FTS5 auxiliary functions registered on each searching connection:
//
// wm_rank(fts, collector, w0, ..., w5): bm25 with column weights, like
//   FTS5's bm25() but reading each row's hits straight off the phrase
//   position lists (no instance array), and skipping the document-frequency
//   scan when the query has a single phrase (whose IDF is then a constant
//   factor that cannot change the order). Lower is better, as with bm25().
//   `collector` is NULL or a RankCollector bound with sqlite3_bind_pointer:
//   it counts the rows, keeps the best page with its hits and may hold the
//   documents' lengths (DocLengths). Once the page is full, a row whose
//   score could not reach it even at the shortest length its hits allow
//   (each column at least as long as its last hit reaches) is only counted:
//   its length is never looked up, and its result is that bound.
//
// wm_offsets(fts, column, maxBytes): every hit in the column as byte ranges
//   within its first `maxBytes` bytes (a preview's highlights), decoded by
//   decodeOffsets().
//
class AuxFunctions
{
public:
    // False (with `error`) when the FTS5 API is not reachable.
    static bool registerOn(sqlite3 *db, QString *error);

    static bool decodeOffsets(std::string_view blob, std::vector<std::pair<size_t, size_t>> &out);

    // Hands `data` to FTS5 as the row's aux data and returns it, or null with
    // `*rc` set. SQLite calls the destructor itself when xSetAuxdata fails,
    // so ownership passes before the call: releasing only on success would
    // free the object twice.
    template <typename T>
    static T *storeAuxdata(const Fts5ExtensionApi *api, Fts5Context *ctx, std::unique_ptr<T> data,
                           int *rc)
    {
        T *raw = data.release();
        *rc = api->xSetAuxdata(ctx, raw, [](void *p) { delete static_cast<T *>(p); });
        return *rc == SQLITE_OK ? raw : nullptr;
    }
};

} // namespace wm
