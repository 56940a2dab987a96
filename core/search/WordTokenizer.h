// SPDX-FileCopyrightText: 2026 WhiteMagic contributors
// SPDX-License-Identifier: MIT

#pragma once

#include "TokenList.h"

#include <mutex>
#include <sqlite3.h>
#include <string_view>
#include <vector>

namespace wm {

// SQLite's own unicode61 tokenizer, with the index's arguments
// (SearchSchema::tokenizerArgs), callable from any thread: it tokenizes
// document text on the reader threads so that the one writer thread only
// replays the tokens (TokenReplay) — the same tokens, so the same index.
// Each call takes a tokenizer instance from a small pool (an instance is not
// reentrant; the module's functions are).
class WordTokenizer
{
public:
    WordTokenizer();
    ~WordTokenizer();
    WordTokenizer(const WordTokenizer &) = delete;
    WordTokenizer &operator=(const WordTokenizer &) = delete;

    [[nodiscard]] bool isValid() const { return m_valid; }
    // An invalid list (valid false) when the tokenizer is unavailable or fails.
    [[nodiscard]] TokenList tokenize(std::string_view text);

private:
    Fts5Tokenizer *acquire();
    void release(Fts5Tokenizer *t);

    sqlite3 *m_db = nullptr; // owns the FTS5 module the instances come from
    fts5_tokenizer m_module{};
    void *m_userData = nullptr;
    bool m_valid = false;
    std::mutex m_mutex;
    std::vector<Fts5Tokenizer *> m_free;
    std::vector<Fts5Tokenizer *> m_all;
};

} // namespace wm
