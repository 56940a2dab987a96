// SPDX-FileCopyrightText: 2026 WhiteMagic contributors
// SPDX-License-Identifier: MIT

#pragma once

#include <sqlite3.h>

namespace wm {

// FTS5's extension API of a connection (tokenizers, auxiliary functions),
// fetched the documented way: "SELECT fts5(?1)" with a bound pointer.
// Null when this SQLite has no FTS5.
class Fts5Api
{
public:
    [[nodiscard]] static fts5_api *of(sqlite3 *db);
};

} // namespace wm
