// SPDX-FileCopyrightText: 2026 WhiteMagic contributors
// SPDX-License-Identifier: MIT

#include "TokenReplay.h"

#include "Fts5Api.h"

#include <cstring>
#include <memory>
#include <utility>

namespace wm {
namespace {

// One table's tokenizer: the real unicode61 instance and the connection's
// replay state.
struct Wrapped
{
    Fts5Tokenizer *real = nullptr;
    TokenReplay *replay = nullptr;
};

int wrapCreate(void *ctx, const char **args, int count, Fts5Tokenizer **out)
{
    auto *replay = static_cast<TokenReplay *>(ctx);
    auto w = std::make_unique<Wrapped>();
    w->replay = replay;
    const int rc = replay->real.xCreate(replay->realUserData, args, count, &w->real);
    if (rc != SQLITE_OK) return rc;
    *out = reinterpret_cast<Fts5Tokenizer *>(w.release());
    return SQLITE_OK;
}

void wrapDelete(Fts5Tokenizer *t)
{
    std::unique_ptr<Wrapped> w(reinterpret_cast<Wrapped *>(t));
    w->replay->real.xDelete(w->real);
}

using TokenCallback = int (*)(void *, int, const char *, int, int, int);

int wrapTokenize(Fts5Tokenizer *t, void *ctx, int flags, const char *text, int length,
                 TokenCallback token)
{
    auto *w = reinterpret_cast<Wrapped *>(t);
    const TokenList *list = w->replay->take(flags, text, length);
    if (list == nullptr) return w->replay->real.xTokenize(w->real, ctx, flags, text, length, token);
    for (const TokenList::Token &k : list->tokens) {
        const char *bytes = k.folded < 0 ? text + k.start : list->foldedBytes.data() + k.folded;
        const int rc = token(ctx, k.flags, bytes, k.length, k.start, k.end);
        // SQLITE_DONE from the callback stops the tokenizer without error,
        // as in SQLite's own tokenizers.
        if (rc != SQLITE_OK) return rc == SQLITE_DONE ? SQLITE_OK : rc;
    }
    return SQLITE_OK;
}

void destroyReplay(void *p)
{
    delete static_cast<TokenReplay *>(p);
}

} // namespace

const TokenList *TokenReplay::take(int flags, const char *text, int length)
{
    if (m_tokens == nullptr || (flags & FTS5_TOKENIZE_DOCUMENT) == 0 ||
        size_t(length) != m_text.size())
        return nullptr;
    if (text != m_text.data() && std::memcmp(text, m_text.data(), m_text.size()) != 0)
        return nullptr;
    return std::exchange(m_tokens, nullptr);
}

TokenReplay *TokenReplay::install(sqlite3 *db)
{
    fts5_api *api = Fts5Api::of(db);
    if (api == nullptr) return nullptr;
    auto replay = std::make_unique<TokenReplay>();
    if (api->xFindTokenizer(api, "unicode61", &replay->realUserData, &replay->real) != SQLITE_OK)
        return nullptr;
    fts5_tokenizer wrapper{wrapCreate, wrapDelete, wrapTokenize};
    TokenReplay *raw = replay.get();
    // FTS5 looks tokenizers up newest first: tables on this connection now
    // get the wrapper under the built-in's name; SQLite frees the state
    // with the connection.
    if (api->xCreateTokenizer(api, "unicode61", raw, &wrapper, destroyReplay) != SQLITE_OK)
        return nullptr; // not registered: ours to free
    return replay.release();
}

} // namespace wm
