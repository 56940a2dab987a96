// SPDX-FileCopyrightText: 2026 WhiteMagic contributors
// SPDX-License-Identifier: MIT

#include "WordTokenizer.h"

#include "Fts5Api.h"
#include "SearchSchema.h"

#include <array>
#include <climits>
#include <cstring>

namespace wm {
namespace {

struct Collect
{
    std::string_view text;
    TokenList *out;
};

int collectToken(void *ctx, int flags, const char *token, int length, int start, int end)
{
    auto *c = static_cast<Collect *>(ctx);
    TokenList::Token t;
    t.start = start;
    t.end = end;
    t.length = length;
    t.flags = flags;
    const bool same = start >= 0 && end - start == length && size_t(end) <= c->text.size() &&
                      std::memcmp(c->text.data() + start, token, size_t(length)) == 0;
    if (!same) {
        if (c->out->foldedBytes.size() > size_t(INT_MAX - length)) return SQLITE_TOOBIG;
        t.folded = std::int32_t(c->out->foldedBytes.size());
        c->out->foldedBytes.append(token, size_t(length));
    }
    c->out->tokens.push_back(t);
    return SQLITE_OK;
}

} // namespace

WordTokenizer::WordTokenizer()
{
    // A private in-memory connection: the built-in unicode61 module, never
    // an override registered on an index connection (TokenReplay).
    if (sqlite3_open_v2(":memory:", &m_db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_NOMUTEX, nullptr) !=
        SQLITE_OK)
        return;
    fts5_api *api = Fts5Api::of(m_db);
    if (api == nullptr) return;
    m_valid = api->xFindTokenizer(api, "unicode61", &m_userData, &m_module) == SQLITE_OK;
}

WordTokenizer::~WordTokenizer()
{
    for (Fts5Tokenizer *t : m_all)
        m_module.xDelete(t);
    sqlite3_close(m_db);
}

Fts5Tokenizer *WordTokenizer::acquire()
{
    {
        std::lock_guard lock(m_mutex);
        if (!m_free.empty()) {
            Fts5Tokenizer *t = m_free.back();
            m_free.pop_back();
            return t;
        }
    }
    // xCreate takes `const char **`: a mutable copy of the pointers.
    std::array<const char *, SearchSchema::tokenizerArgs.size()> args = SearchSchema::tokenizerArgs;
    Fts5Tokenizer *t = nullptr;
    if (m_module.xCreate(m_userData, args.data(), int(args.size()), &t) != SQLITE_OK)
        return nullptr;
    std::lock_guard lock(m_mutex);
    m_all.push_back(t);
    return t;
}

void WordTokenizer::release(Fts5Tokenizer *t)
{
    std::lock_guard lock(m_mutex);
    m_free.push_back(t);
}

TokenList WordTokenizer::tokenize(std::string_view text)
{
    TokenList out;
    if (!m_valid || text.size() > size_t(INT_MAX)) return out;
    Fts5Tokenizer *t = acquire();
    if (t == nullptr) return out;
    out.tokens.reserve(text.size() / 6);
    Collect c{text, &out};
    const int rc = m_module.xTokenize(t, &c, FTS5_TOKENIZE_DOCUMENT, text.data(), int(text.size()),
                                      collectToken);
    release(t);
    out.valid = rc == SQLITE_OK;
    if (!out.valid) {
        out.tokens.clear();
        out.foldedBytes.clear();
    }
    return out;
}

} // namespace wm
