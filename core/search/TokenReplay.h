// SPDX-FileCopyrightText: 2026 WhiteMagic contributors
// SPDX-License-Identifier: MIT

#pragma once

#include "TokenList.h"

#include <sqlite3.h>
#include <string_view>

namespace wm {

// Lets the writer thread hand FTS5 the tokens a reader thread computed
// (WordTokenizer) instead of tokenizing the text again. Installed on a
// read-write index connection, it takes the name "unicode61" on that
// connection and wraps SQLite's own: every call is passed to the real
// tokenizer, except one document text that was armed with its token list
// — and only when FTS5 asks for exactly that text (same bytes) as a
// document. Tokens are then those unicode61 produced for the same bytes
// with the same arguments, so the index is the same byte for byte.
class TokenReplay
{
public:
    // Registers the wrapper on `db` (before any FTS table is used on it).
    // Returns the connection's replay state, owned by the connection
    // (freed when it closes), or nullptr when FTS5 is unusable.
    static TokenReplay *install(sqlite3 *db);

    // The next document tokenization of `text` uses `tokens`.
    void arm(const TokenList *tokens, std::string_view text)
    {
        m_tokens = tokens;
        m_text = text;
    }
    void disarm() { m_tokens = nullptr; }

    // For the wrapper (TokenReplay.cpp): the armed tokens if they belong to
    // this text, consumed once.
    const TokenList *take(int flags, const char *text, int length);

    fts5_tokenizer real{}; // SQLite's unicode61
    void *realUserData = nullptr;

private:
    const TokenList *m_tokens = nullptr;
    std::string_view m_text;
};

} // namespace wm
